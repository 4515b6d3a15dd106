### The common error codes of the ApsaraVideo VOD API, in Japanese.
### Wording follows the provider's official Japanese page where it has one.

missing-parameter = このリクエストの処理に必須の入力パラメーター { $parameter } が指定されていません。
    .description = 必須パラメーターが設定されていない場合に返されるエラーメッセージです。

invalid-parameter = 指定されたパラメーター { $parameter } は無効です。
    .description = 指定されたパラメーターが無効な場合に返されるエラーメッセージです。

operation-denied = お使いのアカウントでは{ -vod }サービスがまだ有効化されていません。
    .description = アカウントで{ -apsaravideo-vod }が有効化されていない場合に返されるエラーメッセージです。

operation-denied_suspended = お使いの{ -vod }サービスは中断されています。
    .description = { -alibaba-cloud }アカウントに料金の滞納がある場合に返されるエラーメッセージです。アカウントに資金を追加してください。

forbidden = ユーザーには、指定されたリソースを操作する権限がありません。
    .description = 該当の操作を実行する権限がない場合に返されるエラーメッセージです。ほとんどの場合、このエラーは、アカウントに関連する権限が付与されていないために発生します。詳細については、「[概要](/intl.en-US/Developer Guide/Access authorization/Overview.md)」をご参照ください。

internal-error = 不明なエラーにより、リクエスト処理が失敗しました。
    .description = バックグラウンドで不明なエラーが発生した場合に返されるエラーメッセージです。しばらくしてからもう一度お試しいただくか、カスタマーサービス担当者にお問い合わせください。

service-un-available = サーバーの一時的な障害により、リクエストが失敗しました。
    .description = サービスが利用できない場合に返されるエラーメッセージです。
