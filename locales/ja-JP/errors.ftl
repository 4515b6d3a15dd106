### ApsaraVideo VOD API のエラーコードの日本語訳です。
###
### 各メッセージは API が返す英語のエラーメッセージの意味を日本語で表したものです。`.description` は、
### 何が起きたのか、どう対処すればよいのかを説明します。メッセージ ID の付け方とバリアント（`--`）については、
### en-US の errors.ftl の冒頭をご参照ください。

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = このリクエストの処理に必須の入力パラメーター { $parameter } が指定されていません。
    .description = 必須パラメーターが設定されていない場合に返されるエラーメッセージです。

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = DomainName パラメーターの値を空にすることはできません。
    .description = DomainName パラメーターが指定されていないか、空です。

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = ConfigId パラメーターの値を空にすることはできません。
    .description = ConfigId パラメーターが指定されていないか、空です。

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime と EndTime は、どちらか一方だけを指定することはできません。
    .description = StartTime と EndTime のどちらか一方だけが指定されています。両方のパラメーターを指定するか、どちらも指定しないでください。

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = 指定されたパラメーター { $parameter } は無効です。
    .description = 指定されたパラメーターが無効な場合に返されるエラーメッセージです。

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = 追加するライブのリージョンパラメーターに誤りがあります。
    .description = ドメイン名に指定された { -apsaravideo-live } のリージョン情報が無効です。

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = 指定されたパラメーター MediaType は無効です。
    .description = MediaType パラメーターの値が無効です。

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = パラメーターが無効です。
    .description = 1 つ以上のパラメーターが無効です。

# OperationDenied (HTTP 403).
operation-denied = お使いのアカウントでは { -vod } サービスがまだ有効化されていません。
    .description = アカウントで { -apsaravideo-vod } が有効化されていない場合に返されるエラーメッセージです。

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = お使いの { -vod } サービスは中断されています。
    .description = お使いの { -alibaba-cloud } アカウントの { -apsaravideo-vod } が中断されています。

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = お使いのアカウントでは CDN サービスがまだ有効化されていません。
    .description = お使いの { -alibaba-cloud } アカウントで { -alibaba-cloud-cdn } が有効化されていません。

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = お使いの CDN サービスは中断されています。
    .description = お使いの { -alibaba-cloud } アカウントの { -alibaba-cloud-cdn } が中断されています。アカウントに料金の滞納がある場合は、アカウントに資金を追加してください。

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = お使いの { -vod } サービスは中断されています。
    .description = { -alibaba-cloud } アカウントに料金の滞納がある場合に返されるエラーメッセージです。アカウントに資金を追加してください。

# Forbidden (HTTP 403).
forbidden = ユーザーには、指定されたリソースを操作する権限がありません。
    .description = 該当の操作を実行する権限がない場合に返されるエラーメッセージです。ほとんどの場合、このエラーは、アカウントに関連する権限が付与されていないために発生します。詳細については、「[概要](/intl.en-US/Developer Guide/Access authorization/Overview.md)」をご参照ください。

# InternalError (HTTP 500).
internal-error = 不明なエラーにより、リクエスト処理が失敗しました。
    .description = サーバー側で不明なエラーが発生した場合に返されるエラーメッセージです。しばらくしてからもう一度お試しいただくか、カスタマーサービス担当者にお問い合わせください。

# ServiceUnAvailable (HTTP 503).
service-un-available = サーバーの一時的な障害により、リクエストが失敗しました。
    .description = サービスが利用できない場合に返されるエラーメッセージです。

# LevelExceededMax (HTTP 400).
level-exceeded-max = カテゴリの階層数が上限を超えています。
    .description = カテゴリの階層数が上限に達しています。

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = サブカテゴリの総数が上限を超えています。
    .description = カテゴリ内のサブカテゴリの数が上限に達しています。

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = 指定された CateId は存在しません。
    .description = 指定されたカテゴリまたは親カテゴリが存在しません。

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = ストレージ情報が存在しません。
    .description = お使いのアカウントには、{ -apsaravideo-vod } によってストレージアドレスが割り当てられていません。

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = 指定された StorageLocation は存在しません。
    .description = 指定されたストレージアドレスが存在しません。{ -apsaravideo-vod } コンソールで、お使いのアカウントのストレージアドレスを確認してください。

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = ストレージが見つかりません。
    .description = ストレージアドレスが存在しません。

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = トランスコーディングテンプレートグループが存在しません。
    .description = 指定されたトランスコーディングテンプレートグループが存在しません。

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = トランスコーディングテンプレートが存在しません。
    .description = 指定されたトランスコーディングテンプレートグループ、またはそのグループ内のトランスコーディングテンプレートが存在しません。

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = このトランスコーディングテンプレートグループはロックされています。
    .description = トランスコーディングテンプレートグループがロックされているため、管理できません。管理するには、{ -alibaba-cloud } のテクニカルサポートにお問い合わせください。

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = このトランスコーディングテンプレートグループは特殊な用途に使用されています。
    .description = このトランスコーディングテンプレートグループは、「トランスコードなし」テンプレートグループや「ストレージのみ」テンプレートグループなど、特殊な用途のために予約されています。このグループにトランスコーディングテンプレートを追加することはできません。

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = トランスコーディングテンプレートグループの数が上限を超えています。
    .description = トランスコーディングテンプレートグループの数が上限の 20 個に達しています。

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = トランスコーディングテンプレートの設定数が上限を超えています。
    .description = トランスコーディングテンプレートグループ内のトランスコーディングテンプレートの数が上限を超えています。1 つのトランスコーディングテンプレートグループに含めることができるトランスコーディングテンプレートは最大 20 個です。

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = ウォーターマークの数が上限を超えています。
    .description = トランスコーディングテンプレートグループ内のトランスコーディングテンプレートに関連付けられているウォーターマークが多すぎます。1 つのトランスコーディングテンプレートに関連付けることができるウォーターマークは最大 4 個です。

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = 指定された DomainName の形式が正しくありません。
    .description = DomainName パラメーターの値が無効です。

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = DomainName パラメーターに指定された値の形式が正しくありません。
    .description = DomainName パラメーターの値が無効であるか、サポートされていません。

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = 指定された CdnType の形式が正しくありません。
    .description = CdnType パラメーターの値が無効です。

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = 指定された SourceType の形式が正しくありません。
    .description = SourceType パラメーターの値が無効です。

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = 指定された Sources の形式が正しくありません。
    .description = Sources パラメーターの値が無効です。オリジンアドレスがオリジンサーバーのタイプと一致していません。

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = 指定された Scope の形式が正しくありません。
    .description = Scope パラメーターの値が無効です。

# InvaildParameter (HTTP 400).
invaild-parameter = 指定された証明書の形式が正しくありません。
    .description = HTTPS 高速化用の証明書が無効です。証明書と秘密鍵を合わせた長さが上限を超えている可能性があります。

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = DomainName パラメーターに指定された値の形式が正しくありません。
    .description = DomainName パラメーターの値が無効です。

# BusinessExist (HTTP 400).
business-exist = 同じリクエストがすでに処理中です。重複して送信しないでください。
    .description = このドメイン名はすでに追加処理中です。リクエストを再度送信しないでください。

# DomainAlreadyExist (HTTP 400).
domain-already-exist = このドメイン名はすでに存在します。
    .description = このドメイン名はすでに追加されています。

# DomainOverLimit (HTTP 403).
domain-over-limit = ドメイン名の数が上限を超えています。
    .description = ドメイン名の数が上限に達しています。

# DomainNotRegistration (HTTP 404).
domain-not-registration = このドメイン名は ICP 登録が完了していません。
    .description = このドメイン名は ICP 登録されていません。

# IllegalOperation (HTTP 403).
illegal-operation = 不正なドメイン名に対する操作は許可されていません。
    .description = ドメイン名が無効であるか、操作を実行する権限がないため、このドメイン名に対する操作は許可されていません。

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = 不正なドメイン名のため、操作は許可されていません。
    .description = ドメイン名が無効であるため、操作は許可されていません。

# ServiceBusy (HTTP 403).
service-busy = 指定されたドメイン名は設定中です。しばらくしてから再試行してください。
    .description = ドメイン名は設定中です。ドメイン名の設定が完了するまで待ってから、もう一度お試しください。

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = 指定されたドメイン名は設定中です。しばらくしてからもう一度お試しください。
    .description = ドメイン名は設定中です。ドメイン名の設定が完了するまで待ってから、もう一度お試しください。

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = 指定されたドメイン名はお使いのアカウントに属していません。
    .description = 指定されたドメイン名が存在しないか、お使いのアカウントに属していません。

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = お使いのアカウントは aoneId に関連付けられていないため、ドメイン名を追加できません。
    .description = お使いのアカウントは Aone ID に関連付けられていない内部アカウントであるため、ドメイン名を追加できません。

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = ワイルドカードドメイン名と 'all.' で始まるドメイン名を同時に存在させることはできません。
    .description = ワイルドカードドメイン名と 'all.' で始まるドメイン名は、同時に存在できません。

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = この CDN タイプでは、ワイルドカードドメイン名はサポートされていません。
    .description = CdnType で指定されたビジネスタイプでは、ワイルドカードドメイン名はサポートされていません。

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = ワイルドカードドメイン名と、それに対応する完全一致ドメイン名は同時に使用できません。
    .description = ワイルドカードドメイン名が、同じレベルの完全一致ドメイン名と競合しています。ワイルドカードドメイン名と、それに一致する完全一致ドメイン名の両方を追加することはできません。

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = 指定された Region の形式が正しくありません。
    .description = Region パラメーターの値が無効です。

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = 指定された ResourceGroupId の形式が正しくありません。
    .description = ResourceGroupId パラメーターの値が無効です。

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = リソースグループが存在しません。
    .description = 指定されたリソースグループが存在しません。

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = リソースグループの現在のステータスでは、この操作は許可されていません。
    .description = リソースグループの現在のステータスでは、この操作を実行できません。

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = 優先度の数がオリジンサーバーの数と一致しません。
    .description = 優先度の数がオリジンサーバーの数と一致しません。オリジンサーバーごとに優先度を 1 つずつ指定してください。

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = 中国本土のリソースを使用するには、実名認証を完了する必要があります。
    .description = お使いのアカウントは、中国本土のリソースを使用するために必要な実名認証を完了していません。

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = 指定されたリソース { $resource } は存在しません。
    .description = 指定されたリソースが存在しません。エラーメッセージには、ウォーターマーク ID など、該当するリソースが示されます。

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = 指定されたリソースは存在しません。
    .description = 画像など、指定されたリソースが存在しません。

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = アプリケーションサービスが有効化されていません。
    .description = お使いのアカウントでマルチアプリケーションサービスが有効化されていません。

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = ユーザーには、アプリケーションを操作する権限がありません。
    .description = アプリケーションを管理する権限がありません。

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = 指定された Functions の形式が正しくありません。
    .description = Functions パラメーターの値が無効です。

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = FunctionName { $function_name } はサポートされていません。
    .description = FunctionName で指定された機能はサポートされていません。

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = ArgName { $arg_name } はサポートされていません。
    .description = ArgName で指定された引数はサポートされていません。

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = 指定された ArgValue の形式が正しくありません。
    .description = ArgValue フィールドの値が無効です。

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = 指定された AppName はすでに存在します。
    .description = AppName で指定された名前のアプリケーションがすでに存在します。

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = アプリケーションの数が 10 個を超えています。
    .description = アプリケーションの数が上限の 10 個に達しています。

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = 指定された FileName の拡張子は無効です。
    .description = FileName パラメーターのファイル名拡張子が無効であるか、{ -apsaravideo-vod } でサポートされていません。

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = 指定された { $parameter } に、使用できない絵文字または特殊文字が含まれています。
    .description = Title、Description、Tags などのパラメーターの値に、絵文字または特殊文字が含まれています。

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max = 指定された { $parameter } の長さが { NUMBER($max_length) } バイトを超えています。
    .description = Title、Description、Tags などのパラメーターの値が、許容される最大バイト数を超えています。各パラメーターの上限については、その操作のリクエストパラメーターの説明をご参照ください。

# TagsExceededMax (HTTP 400).
tags-exceeded-max = 指定された Tags の数が 16 個を超えています。
    .description = ビデオに 16 個を超えるタグが指定されています。1 つのビデオに設定できるタグは最大 16 個です。

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = 指定された TemplateGroupId は存在しません。
    .description = TemplateGroupId で指定されたトランスコーディングテンプレートグループが存在しません。

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = サービスの有効化中に、アカウントの初期化に失敗しました。
    .description = サービスの有効化時に、お使いのアカウントを初期化できませんでした。

# AddVideoFailed (HTTP 503).
add-video-failed = 不明なエラーにより、ビデオの追加に失敗しました。
    .description = ビデオ ID を生成できなかったため、ビデオを作成できませんでした。しばらくしてからもう一度お試しください。

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = アプリケーションにリソースが残っているため、削除できません。
    .description = アプリケーションにまだリソースが含まれているため、アプリケーションを削除できません。先にリソースを削除するか、別のアプリケーションに移動してください。

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = マルチパートアップロードが存在しません。
    .description = マルチパートアップロードまたはそのパートが存在しません。

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = ビデオが存在しません。
    .description = 指定されたビデオが存在しません。

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = ビデオが存在しません。
    .description = 指定されたビデオが存在しません。

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = ファイルが存在しません。
    .description = ソースファイルなどのビデオファイルが存在しません。

# AccessDenied (HTTP 400).
access-denied = 承認者のポリシーにより、アクセスが拒否されました。
    .description = { -apsaravideo-vod } には、お使いの { -oss } バケットへのアクセスが許可されていないため、操作は拒否されました。

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = JobIds の数が上限を超えています。
    .description = JobIds に含まれるジョブ ID の数が上限を超えています。

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = ストリームが存在しません。
    .description = メディアストリームが存在しません。

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = 不明なエラーにより、ストリームの削除に失敗しました。
    .description = 不明なエラーにより、メディアストリームを削除できませんでした。しばらくしてからもう一度お試しください。

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = このトランスコーディングテンプレートグループはデフォルトのグループです。
    .description = このトランスコーディングテンプレートグループはデフォルトのトランスコーディングテンプレートグループであるため、削除できません。

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = VideoIds の数が上限を超えています。
    .description = VideoIds に含まれるビデオ ID の数が上限を超えています。

# DeleteVideoFailed (HTTP 503).
delete-video-failed = 不明なエラーにより、ビデオの削除に失敗しました。
    .description = 不明なエラーにより、ビデオを削除できませんでした。しばらくしてからもう一度お試しください。

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = FunctionName [{ $function_name }] はサポートされていません。
    .description = FunctionName パラメーターの値はサポートされていません。

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = 指定された BizDate の形式が正しくありません。
    .description = BizDate パラメーターの形式が無効です。時刻は UTC で、yyyy-MM-ddTHH:mm:ssZ 形式で指定してください。

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime が現在時刻より後になっています。
    .description = BizDate で指定された時刻が現在時刻より後になっています。

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = 指定された StartTime の形式が正しくありません。
    .description = StartTime パラメーターの形式が無効です。時刻は UTC で、yyyy-MM-ddTHH:mm:ssZ 形式で指定してください。

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = 指定された開始時刻の形式が正しくありません。
    .description = StartTime で指定された開始時刻の形式が無効です。

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = 指定された EndTime の形式が正しくありません。
    .description = EndTime パラメーターの形式が無効です。時刻は UTC で、yyyy-MM-ddTHH:mm:ssZ 形式で指定してください。

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = 指定された終了時刻の形式が正しくありません。
    .description = EndTime で指定された終了時刻の形式が無効です。

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime が現在時刻より後になっています。
    .description = EndTime で指定された時刻が現在時刻より後になっています。

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime と EndTime の組み合わせが正しくありません。
    .description = StartTime と EndTime で指定された時間範囲が無効です。

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = 指定された EndTime が、指定された StartTime と整合していません。
    .description = EndTime で指定された時刻が、StartTime で指定された時刻より前になっています。

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = 指定された終了時刻が、指定された開始時刻と整合していません。
    .description = EndTime で指定された時刻が、StartTime で指定された時刻より前になっています。

# Throttling (HTTP 503).
throttling = リクエストのスロットリングにより、リクエストが拒否されました。
    .description = スロットリングにより、リクエストが拒否されました。しばらくしてからもう一度お試しください。

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = パラメーター AliUid が無効です。
    .description = AliUid パラメーターの値が無効です。

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = パラメーター StartTime が無効です。
    .description = StartTime パラメーターの値が無効です。

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = パラメーター EndTime が無効です。
    .description = EndTime パラメーターの値が無効です。

# InvalidTimeRange (HTTP 400).
invalid-time-range = StartTime から EndTime までの範囲は 1 か月未満にする必要があります。
    .description = StartTime と EndTime で指定された時間範囲が 31 日を超えています。

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = パラメーター Region が無効です。
    .description = Region パラメーターの値が無効です。

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = StartTime パラメーターに指定された値はサポートされていません。
    .description = StartTime と EndTime で指定された時間範囲が 90 日を超えています。

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = 指定された終了時刻が、指定された開始時刻と整合していません。
    .description = StartTime と EndTime で指定された時間範囲が 90 日を超えています。このコードとともに返されるエラーメッセージは、誤解を招く内容になっています。

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = 機能の一括削除に失敗しました。
    .description = ドメイン名の設定を一括で削除できませんでした。

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = 指定されたドメイン名はオフラインです。
    .description = ドメイン名が無効化されています。

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = 指定されたドメイン名の設定に失敗しました。
    .description = ドメイン名を設定できなかったため、このドメイン名に対してリフレッシュやプリフェッチなどの操作を実行できません。

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = パラメーター Product が無効です。
    .description = Product パラメーターの値が無効です。

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = パラメーター Area が無効です。
    .description = Area パラメーターの値が無効です。

# InvalidParameterField (HTTP 400).
invalid-parameter-field = パラメーター Field が無効です。
    .description = Field パラメーターの値が無効です。

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = パラメーター Interval が無効です。
    .description = Interval パラメーターの値が無効です。

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = 指定された TaskId の形式が正しくありません。
    .description = TaskId パラメーターの形式が無効です。

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = PageNumber パラメーターに指定された値はサポートされていません。
    .description = PageNumber パラメーターの値はサポートされていません。

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = PageSize パラメーターに指定された値はサポートされていません。
    .description = PageSize パラメーターの値はサポートされていません。

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = DomainStatus パラメーターに指定された値はサポートされていません。
    .description = DomainStatus パラメーターの値はサポートされていません。

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = DomainSearchType パラメーターに指定された値はサポートされていません。
    .description = DomainSearchType パラメーターの値はサポートされていません。

# ExceededMax (HTTP 400).
exceeded-max = 入力パラメーター MediaIds が上限を超えています。
    .description = MediaIds に含まれる補助メディアアセット ID の数が上限の 20 個を超えています。

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = ビデオのステータスが無効です。
    .description = ビデオの現在のステータスでは、この操作は許可されていません。許可されるステータスは操作によって異なります。たとえば、トランスコーディングできるのは、ステータスが UploadSucc、Normal、または Checking のビデオのみです。

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = ビデオのステータスが無効です。現在のステータスは { $status } です。
    .description = ビデオは現在のステータスでは再生できません。再生できるのは、ステータスが Normal のビデオのみです。

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = リクエストパラメーター 'Formats: mp4, Definition: LD, StreamType: video' に一致する再生可能なストリームが、このビデオにはありません。
    .description = 形式や解像度など、リクエストのフィルター条件に一致するトランスコード済みのメディアストリームが、このビデオにはありません。トランスコーディングの設定がフィルター条件と一致しているか確認してください。

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = 現在、AliyunVoDEncryption ストリームのみが存在します。{ -apsaravideo-player } で再生するか、ResultType の値を Multiple に設定する必要があります。
    .description = このビデオには、{ -alibaba-cloud } 独自の暗号化方式で暗号化されたメディアストリームしかありません。{ -apsaravideo-player } で再生するか、ResultType を Multiple に設定してください。

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = 入力パラメーター MediaIds が上限を超えています。
    .description = MediaIds に含まれるメディアアセット ID の数が上限の 20 個を超えています。

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = ビデオリストの件数が上限を超えています。
    .description = ページングの対象となる結果の総数が上限を超えています。

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = レビューセキュリティ IP アドレスが存在しません。
    .description = レビューセキュリティグループに IP アドレスが見つかりません。

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = 不明なエラーにより、レビューセキュリティ IP アドレスの一覧の取得に失敗しました。
    .description = 不明なエラーにより、レビューセキュリティグループ内の IP アドレスをクエリできませんでした。しばらくしてからもう一度お試しください。

# IpsIsEmpty (HTTP 400).
ips-is-empty = 指定された Ips を空にすることはできません。
    .description = Ips パラメーターが指定されていないか、空です。

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = 指定された Ips を空にすることはできません。
    .description = Ips パラメーターが指定されていないか、空です。

# IpsExceededMax (HTTP 403).
ips-exceeded-max = 指定された Ips の数が 100 個を超えています。
    .description = IP アドレスの数が上限を超えています。1 つのレビューセキュリティグループに含めることができる IP アドレスは最大 100 個です。

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = レビューセキュリティグループの数が 10 個を超えています。
    .description = レビューセキュリティグループの数が上限の 10 個を超えています。

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = 指定されたリソースを操作するためのアプリケーション権限がありません。
    .description = 対象のアプリケーション内のリソースを管理する権限がありません。

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = 所定のリフレッシュ上限を超えています。
    .description = コンテンツのリフレッシュまたはプリフェッチの 1 日あたりのクォータに達しています。

# PreloadQueueFull (HTTP 403).
preload-queue-full = プリフェッチキューがいっぱいです。しばらくしてからもう一度お試しください。
    .description = ドメイン名でプリフェッチ中の URL の数が上限に達したため、プリフェッチキューがいっぱいです。しばらくしてからもう一度お試しください。

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = ObjectPath パラメーターに指定された値の形式が正しくありません。
    .description = ObjectPath パラメーターの形式が無効です。

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = ワイルドカードドメイン名はサポートされていません。
    .description = このドメイン名はワイルドカードドメイン名であり、この操作ではサポートされていません。

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath のサイズが 1,000 を超えています。
    .description = ObjectPath に 1,000 個を超える URL が含まれています。一度にプリフェッチできる URL は最大 1,000 個です。

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = ビデオが破損しています。
    .description = ビデオが正しく作成されていないか、破損しています。

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = <ObjectType> に指定された値はサポートされていません。
    .description = ObjectType パラメーターの値はサポートされていません。

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = 1 分あたりのリフレッシュ上限を超えています。
    .description = リフレッシュリクエストの数が 1 分あたりの上限に達しています。しばらくしてからもう一度お試しください。

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = すべてのデータを走査する場合、SortBy パラメーターでは並べ替えフィールドを 1 つしか指定できません。
    .description = SortBy に複数の並べ替えフィールドが指定されています。すべてのデータを走査する場合は、1 つのフィールドでのみ並べ替えることができます。

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = パラメーター Match.{ $field } の構文に誤りがあります。確認してください。
    .description = Match パラメーターの構文が無効です。構文を確認して、もう一度お試しください。

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken の有効期限が切れています。ScrollToken を更新してください。
    .description = ScrollToken パラメーターの値の有効期限が切れています。1 ページ目からデータを再度クエリしてください。

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Enable パラメーターに指定された値はサポートされていません。
    .description = SSLProtocol パラメーターの値はサポートされていません。

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = このリクエストの処理に必須の入力パラメーター SSLPub が指定されていません。
    .description = 証明書の内容を指定する SSLPub パラメーターが指定されていません。

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = このリクエストの処理に必須の入力パラメーター SSLPri が指定されていません。
    .description = 秘密鍵を指定する SSLPri パラメーターが指定されていません。

# InvalidCertificate (HTTP 400).
invalid-certificate = 指定された証明書の形式が正しくありません。
    .description = 証明書の内容が無効です。

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = 指定された SSLPri の形式が正しくありません。
    .description = 秘密鍵が無効です。

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri が、指定された証明書と一致しません。
    .description = 秘密鍵が証明書と一致しません。

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = 指定された証明書が最大長を超えています。
    .description = 証明書の内容が長さの上限を超えています。

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = 指定された証明書名が最大長の 128 文字を超えています。
    .description = 証明書名が 128 文字を超えています。

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = パラメーターに誤りがあります。
    .description = 証明書を設定するためのパラメーターのうち、1 つ以上が無効です。

# Certificate.StatusError (HTTP 400).
certificate_status-error = 証明書が存在しないか、証明書のステータスが正しくありません。
    .description = 証明書が存在しないか、証明書のステータスが無効です。

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = 証明書のステータスが正しくありません。
    .description = 証明書のステータスが無効です。

# DeleteFailed (HTTP 400).
delete-failed = 証明書の削除に失敗しました。
    .description = 証明書を削除できませんでした。

# Certificate.NotFind (HTTP 400).
certificate_not-find = 証明書情報が見つかりません。
    .description = 証明書が見つかりません。

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = 証明書名が重複しています。
    .description = 同じ名前の証明書がすでに存在します。

# Certificate.FormatError (HTTP 400).
certificate_format-error = 証明書の形式が正しくありません。
    .description = 証明書の形式が無効です。

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri を空にすることはできません。
    .description = 秘密鍵が指定されていません。

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = SSLPri の形式が正しくありません。
    .description = 秘密鍵の形式が無効です。

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = 証明書を無効にすると、ドメイン名のスケジューリングが変更されます。カスタマーサービスにお問い合わせください。
    .description = 証明書を無効にするとドメイン名のスケジューリングに影響するため、無効にすることはできません。{ -alibaba-cloud } のテクニカルサポートにお問い合わせください。

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = 証明書は正常に設定されましたが、現在のサービスを保護するため、まだ有効になっていません。カスタマーサービスにお問い合わせください。
    .description = 証明書は設定されていますが、現在のサービスを保護するため、まだ有効になっていません。有効にするには、{ -alibaba-cloud } のテクニカルサポートにお問い合わせください。

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = 指定されたオリジンアドレスの形式が正しくありません。
    .description = オリジンアドレスが無効です。

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = 指定されたオリジンサーバーのタイプの形式が正しくありません。
    .description = オリジンサーバーのタイプが無効です。

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = 指定されたオリジンサーバーのタイプが、指定されたオリジンアドレスと一致しません。
    .description = オリジンアドレスがオリジンサーバーのタイプと一致しません。

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = 指定されたオリジンサーバーの優先度の形式が正しくありません。
    .description = オリジンサーバーの優先度が無効です。

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = 指定されたパラメーター UploadURLs は無効です。
    .description = UploadURLs パラメーターの値が無効です。
