### Các mã lỗi của API ApsaraVideo VOD bằng tiếng Việt, dịch từ bản gốc tiếng Anh (en-US).
###
### Mỗi thông báo là thông báo lỗi mà API trả về, được dịch theo ý nghĩa; `.description` cho biết điều gì
### đã xảy ra và bạn cần làm gì. ID của thông báo là chuỗi truyền của mã lỗi ở định dạng kebab-case, với `_`
### thay cho dấu chấm trong mã (`OperationDenied.Suspended` là `operation-denied_suspended`); một biến thể,
### tức thông báo thứ hai mà một số thao tác gửi cho cùng mã lỗi, có thêm `--` và tên của biến thể.

# MissingParameter (HTTP 400).
# Biến:
#   $parameter (String) - tên của tham số yêu cầu, ví dụ VideoId.
missing-parameter = Tham số đầu vào { $parameter } bắt buộc để xử lý yêu cầu này chưa được cung cấp.
    .description = Thông báo lỗi được trả về khi chưa thiết lập tham số bắt buộc.

# MissingParameter, biến thể `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = Giá trị của tham số DomainName không được để trống.
    .description = Tham số DomainName chưa được chỉ định hoặc để trống.

# MissingParameter, biến thể `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = Giá trị của tham số ConfigId không được để trống.
    .description = Tham số ConfigId chưa được chỉ định hoặc để trống.

# MissingParameter, biến thể `time-range-half` (HTTP 400).
missing-parameter--time-range-half = Không thể chỉ định riêng StartTime hoặc EndTime.
    .description = Chỉ một trong hai tham số StartTime và EndTime được chỉ định. Vui lòng chỉ định cả hai tham số hoặc không chỉ định tham số nào.

# InvalidParameter (HTTP 400).
# Biến:
#   $parameter (String) - tên của tham số yêu cầu, ví dụ VideoId.
invalid-parameter = Tham số { $parameter } được chỉ định không hợp lệ.
    .description = Thông báo lỗi được trả về khi tham số được chỉ định không hợp lệ.

# InvalidParameter, biến thể `live-region` (HTTP 400).
invalid-parameter--live-region = Tham số khu vực phát trực tiếp được thêm vào có lỗi.
    .description = Thông tin khu vực { -apsaravideo-live } được chỉ định cho tên miền không hợp lệ.

# InvalidParameter, biến thể `media-type` (HTTP 400).
invalid-parameter--media-type = Tham số "MediaType" được chỉ định không hợp lệ.
    .description = Giá trị của tham số MediaType không hợp lệ.

# InvalidParameter, biến thể `unspecified` (HTTP 400).
invalid-parameter--unspecified = Tham số không hợp lệ.
    .description = Một hoặc nhiều tham số không hợp lệ.

# OperationDenied (HTTP 403).
operation-denied = Tài khoản của bạn chưa kích hoạt dịch vụ { -vod }.
    .description = Thông báo lỗi được trả về khi { -apsaravideo-vod } chưa được kích hoạt cho tài khoản của bạn.

# OperationDenied, biến thể `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Dịch vụ { -vod } của bạn đã bị tạm ngưng.
    .description = { -apsaravideo-vod } đã bị tạm ngưng đối với tài khoản { -alibaba-cloud } của bạn.

# OperationDenied, biến thể `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Tài khoản của bạn chưa kích hoạt dịch vụ CDN.
    .description = { -alibaba-cloud-cdn } chưa được kích hoạt cho tài khoản { -alibaba-cloud } của bạn.

# OperationDenied, biến thể `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Dịch vụ CDN của bạn đã bị tạm ngưng.
    .description = { -alibaba-cloud-cdn } đã bị tạm ngưng đối với tài khoản { -alibaba-cloud } của bạn. Nếu tài khoản có khoản thanh toán quá hạn, vui lòng nạp tiền vào tài khoản.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Dịch vụ { -vod } của bạn đã bị tạm ngưng.
    .description = Thông báo lỗi được trả về khi tài khoản { -alibaba-cloud } của bạn có khoản thanh toán quá hạn. Vui lòng nạp tiền vào tài khoản.

# Forbidden (HTTP 403).
forbidden = Người dùng không có quyền thao tác trên tài nguyên được chỉ định.
    .description = Thông báo lỗi được trả về khi bạn không có quyền thực hiện thao tác này. Trong hầu hết các trường hợp, lỗi này xảy ra do tài khoản của bạn chưa được cấp các quyền liên quan. Để biết thêm thông tin, hãy xem [Tổng quan](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Xử lý yêu cầu không thành công do một lỗi không xác định.
    .description = Thông báo lỗi được trả về khi xảy ra lỗi không xác định ở phía máy chủ. Vui lòng thử lại sau hoặc liên hệ với bộ phận chăm sóc khách hàng.

# ServiceUnAvailable (HTTP 503).
service-un-available = Yêu cầu không thành công do máy chủ gặp sự cố tạm thời.
    .description = Thông báo lỗi được trả về khi dịch vụ không khả dụng.

# LevelExceededMax (HTTP 400).
level-exceeded-max = Số cấp danh mục đã vượt quá giới hạn tối đa.
    .description = Số cấp danh mục đã đạt giới hạn.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = Tổng số danh mục con đã vượt quá giới hạn tối đa.
    .description = Số danh mục con trong danh mục đã đạt giới hạn.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = CateId được chỉ định không tồn tại.
    .description = Danh mục hoặc danh mục cha được chỉ định không tồn tại.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = Thông tin vị trí lưu trữ không tồn tại.
    .description = { -apsaravideo-vod } chưa phân bổ vị trí lưu trữ cho tài khoản của bạn.

# InvalidStorage.NotFound, biến thể `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = StorageLocation được chỉ định không tồn tại.
    .description = Vị trí lưu trữ được chỉ định không tồn tại. Vui lòng kiểm tra các vị trí lưu trữ của tài khoản trong bảng điều khiển { -apsaravideo-vod }.

# InvalidStorage.NotFound, biến thể `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = Không tìm thấy vị trí lưu trữ.
    .description = Vị trí lưu trữ không tồn tại.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = Nhóm mẫu chuyển mã không tồn tại.
    .description = Nhóm mẫu chuyển mã được chỉ định không tồn tại.

# InvalidTranscodeTemplateGroup.NotFound, biến thể `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = Mẫu chuyển mã không tồn tại.
    .description = Nhóm mẫu chuyển mã được chỉ định, hoặc một mẫu chuyển mã trong nhóm đó, không tồn tại.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = Nhóm mẫu chuyển mã đã bị khóa.
    .description = Nhóm mẫu chuyển mã đã bị khóa và không thể quản lý. Để quản lý nhóm này, vui lòng liên hệ với bộ phận hỗ trợ kỹ thuật của { -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = Nhóm mẫu chuyển mã này được dùng cho mục đích đặc biệt.
    .description = Nhóm mẫu chuyển mã này được dành riêng cho một mục đích đặc biệt, chẳng hạn như nhóm mẫu No Transcoding hoặc Storage Only. Không thể thêm mẫu chuyển mã vào nhóm này.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = Số nhóm mẫu chuyển mã đã vượt quá giới hạn tối đa.
    .description = Số nhóm mẫu chuyển mã đã đạt giới hạn 20 nhóm.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = Số cấu hình mẫu chuyển mã đã vượt quá giới hạn tối đa.
    .description = Số mẫu chuyển mã trong nhóm mẫu chuyển mã vượt quá giới hạn. Mỗi nhóm mẫu chuyển mã có thể chứa tối đa 20 mẫu chuyển mã.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = Số hình mờ đã vượt quá giới hạn tối đa.
    .description = Có quá nhiều hình mờ được liên kết với một mẫu chuyển mã trong nhóm mẫu chuyển mã. Mỗi mẫu chuyển mã có thể được liên kết với tối đa 4 hình mờ.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Tham số DomainName được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của tham số DomainName không hợp lệ.

# InvalidDomainName.Malformed, biến thể `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = Giá trị được chỉ định của tham số DomainName có định dạng không hợp lệ.
    .description = Giá trị của tham số DomainName không hợp lệ hoặc không được hỗ trợ.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Tham số CdnType được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của tham số CdnType không hợp lệ.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Tham số SourceType được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của tham số SourceType không hợp lệ.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Tham số Sources được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của tham số Sources không hợp lệ. Có một địa chỉ gốc không khớp với loại máy chủ gốc của nó.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Tham số Scope được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của tham số Scope không hợp lệ.

# InvaildParameter (HTTP 400).
invaild-parameter = Chứng chỉ bạn cung cấp có định dạng không hợp lệ.
    .description = Chứng chỉ dùng cho tăng tốc HTTPS không hợp lệ. Tổng độ dài của chứng chỉ và khóa riêng tư có thể đã vượt quá giới hạn.

# InvaildParameter, biến thể `domain-name` (HTTP 400).
invaild-parameter--domain-name = Giá trị được chỉ định của tham số DomainName có định dạng không hợp lệ.
    .description = Giá trị của tham số DomainName không hợp lệ.

# BusinessExist (HTTP 400).
business-exist = Yêu cầu này đang được xử lý. Vui lòng không gửi lại.
    .description = Tên miền này đang được thêm. Vui lòng không gửi lại yêu cầu.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Tên miền này đã tồn tại.
    .description = Tên miền này đã được thêm trước đó.

# DomainOverLimit (HTTP 403).
domain-over-limit = Số tên miền đã vượt quá giới hạn.
    .description = Số tên miền đã đạt giới hạn.

# DomainNotRegistration (HTTP 404).
domain-not-registration = Tên miền chưa được đăng ký ICP.
    .description = Tên miền này chưa có đăng ký ICP.

# IllegalOperation (HTTP 403).
illegal-operation = Không được phép thao tác trên tên miền không hợp lệ.
    .description = Không được phép thực hiện thao tác này trên tên miền, vì tên miền không hợp lệ hoặc bạn không có quyền thực hiện thao tác này.

# IllegalOperation, biến thể `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Tên miền không hợp lệ, không được phép thực hiện thao tác.
    .description = Tên miền không hợp lệ nên không được phép thực hiện thao tác này.

# ServiceBusy (HTTP 403).
service-busy = Tên miền được chỉ định đang được cấu hình, vui lòng thử lại sau.
    .description = Tên miền đang được cấu hình. Vui lòng đợi đến khi cấu hình tên miền hoàn tất rồi thử lại.

# ServiceBusy, biến thể `retry-again` (HTTP 403).
service-busy--retry-again = Tên miền được chỉ định đang được cấu hình, vui lòng thử lại sau.
    .description = Tên miền đang được cấu hình. Vui lòng đợi đến khi cấu hình tên miền hoàn tất rồi thử lại.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = Tên miền được cung cấp không thuộc về bạn.
    .description = Tên miền được chỉ định không tồn tại hoặc không thuộc về tài khoản của bạn.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Tài khoản của bạn chưa liên kết với aoneId nên không thể thêm tên miền.
    .description = Tài khoản của bạn là tài khoản nội bộ chưa được liên kết với Aone ID nên không thể thêm tên miền.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Tên miền wildcard và tên miền bắt đầu bằng 'all.' không thể cùng tồn tại.
    .description = Một tên miền wildcard và một tên miền bắt đầu bằng 'all.' không thể cùng tồn tại.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Loại CDN này không hỗ trợ tên miền wildcard.
    .description = Loại hình dịch vụ được chỉ định bởi CdnType không hỗ trợ tên miền wildcard.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Tên miền wildcard và tên miền cụ thể tương ứng không thể cùng tồn tại.
    .description = Tên miền wildcard xung đột với một tên miền cụ thể cùng cấp. Không thể thêm đồng thời một tên miền wildcard và các tên miền cụ thể mà tên miền wildcard đó bao hàm.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Tham số Region được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của tham số Region không hợp lệ.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Tham số ResourceGroupId được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của tham số ResourceGroupId không hợp lệ.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = Nhóm tài nguyên không tồn tại.
    .description = Nhóm tài nguyên được chỉ định không tồn tại.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Không được phép thực hiện thao tác này do trạng thái hiện tại của nhóm tài nguyên.
    .description = Trạng thái hiện tại của nhóm tài nguyên không cho phép thực hiện thao tác này.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = Số lượng mức ưu tiên không khớp với số lượng máy chủ gốc.
    .description = Số lượng mức ưu tiên không khớp với số lượng máy chủ gốc. Vui lòng chỉ định một mức ưu tiên cho mỗi máy chủ gốc.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Bạn cần xác minh danh tính thực khi sử dụng tài nguyên tại Trung Quốc đại lục.
    .description = Tài khoản của bạn chưa hoàn tất xác minh danh tính thực, là bước bắt buộc để sử dụng tài nguyên tại Trung Quốc đại lục.

# NoSuchResource (HTTP 404).
# Biến:
#   $resource (String) - tài nguyên không được tìm thấy, ví dụ ID hình mờ.
no-such-resource = Tài nguyên { $resource } được chỉ định không tồn tại.
    .description = Tài nguyên được chỉ định không tồn tại. Thông báo lỗi nêu tên tài nguyên, chẳng hạn như ID hình mờ.

# NoSuchResource, biến thể `unnamed` (HTTP 404).
no-such-resource--unnamed = Tài nguyên được chỉ định không tồn tại.
    .description = Tài nguyên được chỉ định, chẳng hạn như hình ảnh, không tồn tại.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = Dịch vụ ứng dụng chưa được kích hoạt.
    .description = Dịch vụ đa ứng dụng chưa được kích hoạt cho tài khoản của bạn.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = Người dùng không có quyền thao tác trên ứng dụng.
    .description = Bạn không có quyền quản lý ứng dụng này.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Tham số Functions được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của tham số Functions không hợp lệ.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Biến:
#   $function_name (String) - tên của chức năng không được hỗ trợ.
invalid-function-name_value-not-supported = FunctionName { $function_name } không được hỗ trợ.
    .description = Tính năng được chỉ định bởi FunctionName không được hỗ trợ.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Biến:
#   $arg_name (String) - tên của đối số không được hỗ trợ.
invalid-arg-name_value-not-supported = ArgName { $arg_name } không được hỗ trợ.
    .description = Đối số được chỉ định bởi ArgName không được hỗ trợ.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = ArgValue được chỉ định có định dạng không hợp lệ.
    .description = Giá trị của trường ArgValue không hợp lệ.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = AppName được chỉ định đã tồn tại.
    .description = Đã tồn tại một ứng dụng có tên được chỉ định bởi AppName.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = Số ứng dụng đã vượt quá 10.
    .description = Số ứng dụng đã đạt giới hạn 10 ứng dụng.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = Phần mở rộng của FileName được chỉ định không hợp lệ.
    .description = Phần mở rộng tên tệp trong tham số FileName không hợp lệ hoặc không được { -apsaravideo-vod } hỗ trợ.

# IllegalCharacters (HTTP 400).
# Biến:
#   $parameter (String) - tên của tham số yêu cầu, ví dụ VideoId.
illegal-characters = Tham số { $parameter } được chỉ định chứa biểu tượng cảm xúc hoặc ký tự đặc biệt không hợp lệ.
    .description = Giá trị của một tham số, chẳng hạn như Title, Description hoặc Tags, chứa biểu tượng cảm xúc hoặc ký tự đặc biệt.

# LengthExceededMax (HTTP 400).
# Biến:
#   $parameter (String) - tên của tham số yêu cầu, ví dụ VideoId.
#   $max_length (Number) - số byte tối đa mà giá trị của tham số được phép có.
length-exceeded-max = Độ dài của tham số { $parameter } được chỉ định đã vượt quá { NUMBER($max_length) } byte.
    .description = Giá trị của một tham số, chẳng hạn như Title, Description hoặc Tags, dài hơn số byte tối đa được phép. Để biết giới hạn của từng tham số, vui lòng xem mô tả các tham số yêu cầu của thao tác.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = Số thẻ được chỉ định trong Tags đã vượt quá 16.
    .description = Đã chỉ định hơn 16 thẻ cho video. Mỗi video có thể có tối đa 16 thẻ.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = TemplateGroupId được chỉ định không tồn tại.
    .description = Nhóm mẫu chuyển mã được chỉ định bởi TemplateGroupId không tồn tại.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = Khởi tạo tài khoản của bạn không thành công khi kích hoạt dịch vụ.
    .description = Không thể khởi tạo tài khoản của bạn khi kích hoạt dịch vụ.

# AddVideoFailed (HTTP 503).
add-video-failed = Thêm video không thành công do một lỗi không xác định.
    .description = Không thể tạo video vì không thể tạo ID cho video. Vui lòng thử lại sau.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = Ứng dụng vẫn còn tài nguyên nên không thể xóa.
    .description = Không thể xóa ứng dụng vì ứng dụng vẫn còn chứa tài nguyên. Vui lòng xóa các tài nguyên hoặc chuyển chúng sang ứng dụng khác trước.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = Phiên tải lên nhiều phần không tồn tại.
    .description = Phiên tải lên nhiều phần hoặc các phần của phiên này không tồn tại.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = Video không tồn tại.
    .description = Video được chỉ định không tồn tại.

# InvalidVideo.NotFound, biến thể `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = Video không tồn tại.
    .description = Video được chỉ định không tồn tại.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = Tệp không tồn tại.
    .description = Tệp video, chẳng hạn như tệp gốc, không tồn tại.

# AccessDenied (HTTP 400).
access-denied = Quyền truy cập bị từ chối bởi chính sách của bên cấp quyền.
    .description = { -apsaravideo-vod } chưa được cấp quyền truy cập bucket { -oss } của riêng bạn, vì vậy thao tác bị từ chối.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = Số mục trong JobIds đã vượt quá giới hạn tối đa.
    .description = Số ID tác vụ trong JobIds vượt quá giới hạn.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = Luồng phương tiện không tồn tại.
    .description = Luồng phương tiện không tồn tại.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = Xóa luồng phương tiện không thành công do một lỗi không xác định.
    .description = Không thể xóa luồng phương tiện do một lỗi không xác định. Vui lòng thử lại sau.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = Nhóm mẫu chuyển mã này là nhóm mặc định.
    .description = Nhóm mẫu chuyển mã này là nhóm mẫu chuyển mã mặc định và không thể xóa.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = Số mục trong VideoIds đã vượt quá giới hạn tối đa.
    .description = Số ID video trong VideoIds vượt quá giới hạn.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = Xóa video không thành công do một lỗi không xác định.
    .description = Không thể xóa video do một lỗi không xác định. Vui lòng thử lại sau.

# Invalid%s.ValueNotSupported (HTTP 400).
# Biến:
#   $function_name (String) - tên của chức năng không được hỗ trợ.
invalid-any_value-not-supported = FunctionName [{ $function_name }] không được hỗ trợ.
    .description = Giá trị của tham số FunctionName không được hỗ trợ.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Tham số BizDate được chỉ định có định dạng không hợp lệ.
    .description = Tham số BizDate có định dạng không hợp lệ. Vui lòng chỉ định thời gian theo định dạng yyyy-MM-ddTHH:mm:ssZ, theo giờ UTC.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime vượt quá thời điểm hiện tại.
    .description = Thời gian được chỉ định bởi BizDate muộn hơn thời điểm hiện tại.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Tham số StartTime được chỉ định có định dạng không hợp lệ.
    .description = Tham số StartTime có định dạng không hợp lệ. Vui lòng chỉ định thời gian theo định dạng yyyy-MM-ddTHH:mm:ssZ, theo giờ UTC.

# InvalidStartTime.Malformed, biến thể `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Thời gian bắt đầu được chỉ định có định dạng không hợp lệ.
    .description = Thời gian bắt đầu được chỉ định bởi StartTime có định dạng không hợp lệ.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Tham số EndTime được chỉ định có định dạng không hợp lệ.
    .description = Tham số EndTime có định dạng không hợp lệ. Vui lòng chỉ định thời gian theo định dạng yyyy-MM-ddTHH:mm:ssZ, theo giờ UTC.

# InvalidEndTime.Malformed, biến thể `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Thời gian kết thúc được chỉ định có định dạng không hợp lệ.
    .description = Thời gian kết thúc được chỉ định bởi EndTime có định dạng không hợp lệ.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime vượt quá thời điểm hiện tại.
    .description = Thời gian được chỉ định bởi EndTime muộn hơn thời điểm hiện tại.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime và EndTime không khớp với nhau.
    .description = Khoảng thời gian được chỉ định bởi StartTime và EndTime không hợp lệ.

# InvalidEndTime.Mismatch, biến thể `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = EndTime được chỉ định không khớp với StartTime được chỉ định.
    .description = Thời gian được chỉ định bởi EndTime sớm hơn thời gian được chỉ định bởi StartTime.

# InvalidEndTime.Mismatch, biến thể `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = Thời gian kết thúc được chỉ định không khớp với thời gian bắt đầu được chỉ định.
    .description = Thời gian được chỉ định bởi EndTime sớm hơn thời gian được chỉ định bởi StartTime.

# Throttling (HTTP 503).
throttling = Yêu cầu bị từ chối do bị giới hạn tần suất yêu cầu.
    .description = Yêu cầu bị từ chối do bị giới hạn tần suất. Vui lòng thử lại sau.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Tham số AliUid không hợp lệ.
    .description = Giá trị của tham số AliUid không hợp lệ.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Tham số StartTime không hợp lệ.
    .description = Giá trị của tham số StartTime không hợp lệ.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Tham số EndTime không hợp lệ.
    .description = Giá trị của tham số EndTime không hợp lệ.

# InvalidTimeRange (HTTP 400).
invalid-time-range = Khoảng thời gian giữa StartTime và EndTime phải ngắn hơn 1 tháng.
    .description = Khoảng thời gian được chỉ định bởi StartTime và EndTime dài hơn 31 ngày.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Tham số Region không hợp lệ.
    .description = Giá trị của tham số Region không hợp lệ.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = Giá trị được chỉ định của tham số StartTime không được hỗ trợ.
    .description = Khoảng thời gian được chỉ định bởi StartTime và EndTime dài hơn 90 ngày.

# InvalidStartTime.ValueNotSupported, biến thể `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = Thời gian kết thúc được chỉ định không khớp với thời gian bắt đầu được chỉ định.
    .description = Khoảng thời gian được chỉ định bởi StartTime và EndTime dài hơn 90 ngày. Thông báo lỗi đi kèm mã này dễ gây hiểu nhầm.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = Xóa hàng loạt chức năng không thành công.
    .description = Xóa hàng loạt cấu hình tên miền không thành công.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = Tên miền được cung cấp đang ngoại tuyến.
    .description = Tên miền đã bị vô hiệu hóa.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Không thể cấu hình tên miền được cung cấp.
    .description = Không thể cấu hình tên miền, vì vậy không thể thực hiện các thao tác như làm mới và tải trước trên tên miền này.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Tham số Product không hợp lệ.
    .description = Giá trị của tham số Product không hợp lệ.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Tham số Area không hợp lệ.
    .description = Giá trị của tham số Area không hợp lệ.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Tham số Field không hợp lệ.
    .description = Giá trị của tham số Field không hợp lệ.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Tham số Interval không hợp lệ.
    .description = Giá trị của tham số Interval không hợp lệ.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Tham số TaskId được chỉ định có định dạng không hợp lệ.
    .description = Tham số TaskId có định dạng không hợp lệ.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = Giá trị được chỉ định của tham số PageNumber không được hỗ trợ.
    .description = Giá trị của tham số PageNumber không được hỗ trợ.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = Giá trị được chỉ định của tham số PageSize không được hỗ trợ.
    .description = Giá trị của tham số PageSize không được hỗ trợ.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = Giá trị được chỉ định của tham số DomainStatus không được hỗ trợ.
    .description = Giá trị của tham số DomainStatus không được hỗ trợ.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = Giá trị được chỉ định của tham số DomainSearchType không được hỗ trợ.
    .description = Giá trị của tham số DomainSearchType không được hỗ trợ.

# ExceededMax (HTTP 400).
exceeded-max = Tham số đầu vào 'MediaIds' đã vượt quá giới hạn.
    .description = Số ID tài sản phương tiện phụ trợ trong MediaIds vượt quá giới hạn 20 ID.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = Trạng thái của video không hợp lệ.
    .description = Trạng thái hiện tại của video không cho phép thực hiện thao tác này. Các trạng thái được phép tùy thuộc vào thao tác: ví dụ, chỉ có thể chuyển mã các video có trạng thái UploadSucc, Normal hoặc Checking.

# Forbidden.IllegalStatus, biến thể `current-status` (HTTP 400).
# Biến:
#   $status (String) - trạng thái hiện tại của video, ví dụ Blocked.
forbidden_illegal-status--current-status = Trạng thái của video không hợp lệ. Trạng thái hiện tại là { $status }.
    .description = Không thể phát video ở trạng thái hiện tại. Chỉ có thể phát các video có trạng thái Normal.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = Video không có luồng nào để phát cho tham số yêu cầu 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Không có luồng phương tiện đã chuyển mã nào của video khớp với tiêu chí lọc của yêu cầu, chẳng hạn như định dạng và độ nét. Vui lòng kiểm tra xem cấu hình chuyển mã có khớp với tiêu chí lọc hay không.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Hiện chỉ có luồng AliyunVoDEncryption, vì vậy bạn phải dùng { -apsaravideo-player } để phát hoặc đặt giá trị của ResultType thành Multiple.
    .description = Video chỉ có các luồng phương tiện được mã hóa bằng phương thức mã hóa độc quyền của { -alibaba-cloud }. Vui lòng phát các luồng này bằng { -apsaravideo-player } hoặc đặt ResultType thành Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = Tham số đầu vào "MediaIds" đã vượt quá giới hạn.
    .description = Số ID tài sản phương tiện trong MediaIds vượt quá giới hạn 20 ID.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = Danh sách video đã vượt quá giới hạn tối đa.
    .description = Tổng số kết quả cần phân trang vượt quá giới hạn.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = Địa chỉ IP bảo mật kiểm duyệt không tồn tại.
    .description = Không tìm thấy địa chỉ IP nào trong nhóm bảo mật kiểm duyệt.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = Liệt kê địa chỉ IP bảo mật kiểm duyệt không thành công do một lỗi không xác định.
    .description = Không thể truy vấn các địa chỉ IP trong nhóm bảo mật kiểm duyệt do một lỗi không xác định. Vui lòng thử lại sau.

# IpsIsEmpty (HTTP 400).
ips-is-empty = Tham số "Ips" được chỉ định không được để trống.
    .description = Tham số Ips chưa được chỉ định hoặc để trống.

# IpsIsEmpty, biến thể `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = Tham số “Ips” được chỉ định không được để trống.
    .description = Tham số Ips chưa được chỉ định hoặc để trống.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = Số địa chỉ IP được chỉ định trong Ips đã vượt quá 100.
    .description = Số địa chỉ IP vượt quá giới hạn. Mỗi nhóm bảo mật kiểm duyệt có thể chứa tối đa 100 địa chỉ IP.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = Số nhóm bảo mật kiểm duyệt đã vượt quá 10.
    .description = Số nhóm bảo mật kiểm duyệt vượt quá giới hạn 10 nhóm.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Quyền trong ứng dụng không đủ để thao tác trên tài nguyên được chỉ định.
    .description = Bạn không có quyền quản lý tài nguyên trong ứng dụng đích.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Bạn đã vượt quá giới hạn làm mới theo quy định.
    .description = Đã đạt hạn mức hằng ngày cho việc làm mới hoặc tải trước nội dung.

# PreloadQueueFull (HTTP 403).
preload-queue-full = Hàng đợi tải trước đã đầy, vui lòng thử lại sau.
    .description = Hàng đợi tải trước đã đầy vì số URL đang được tải trước cho tên miền đã đạt giới hạn. Vui lòng thử lại sau.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = Giá trị được chỉ định của tham số ObjectPath có định dạng không hợp lệ.
    .description = Tham số ObjectPath có định dạng không hợp lệ.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Tên miền wildcard không được hỗ trợ.
    .description = Tên miền này là tên miền wildcard, loại tên miền mà thao tác này không hỗ trợ.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = Số mục trong ObjectPath lớn hơn 1.000.
    .description = ObjectPath chứa hơn 1.000 URL. Mỗi lần, bạn chỉ có thể tải trước tối đa 1.000 URL.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = Video đã bị hỏng.
    .description = Video không được tạo đúng cách hoặc đã bị hỏng.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = Giá trị được chỉ định của "<ObjectType>" không được hỗ trợ.
    .description = Giá trị của tham số ObjectType không được hỗ trợ.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Bạn đã vượt quá giới hạn làm mới mỗi phút theo quy định.
    .description = Số yêu cầu làm mới đã đạt giới hạn mỗi phút. Vui lòng thử lại sau.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = Tham số SortBy chỉ hỗ trợ một trường sắp xếp khi duyệt toàn bộ dữ liệu.
    .description = SortBy chỉ định nhiều hơn một trường sắp xếp. Khi duyệt toàn bộ dữ liệu, bạn chỉ có thể sắp xếp theo một trường.

# ErrorMatchSyntax (HTTP 400).
# Biến:
#   $field (String) - trường của biểu thức Match có lỗi.
error-match-syntax = Tham số Match.{ $field } có lỗi cú pháp, vui lòng kiểm tra lại.
    .description = Cú pháp của tham số Match không hợp lệ. Vui lòng kiểm tra cú pháp và thử lại.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken đã hết hạn, vui lòng làm mới ScrollToken.
    .description = Giá trị của tham số ScrollToken đã hết hạn. Vui lòng truy vấn lại dữ liệu từ trang 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Giá trị được chỉ định của tham số Enable không được hỗ trợ.
    .description = Giá trị của tham số SSLProtocol không được hỗ trợ.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = Tham số đầu vào SSLPub bắt buộc để xử lý yêu cầu chưa được cung cấp.
    .description = Tham số SSLPub, chứa nội dung của chứng chỉ, chưa được chỉ định.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = Tham số đầu vào SSLPri bắt buộc để xử lý yêu cầu chưa được cung cấp.
    .description = Tham số SSLPri, chứa khóa riêng tư, chưa được chỉ định.

# InvalidCertificate (HTTP 400).
invalid-certificate = Chứng chỉ bạn cung cấp có định dạng không hợp lệ.
    .description = Nội dung của chứng chỉ không hợp lệ.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = SSLPri bạn cung cấp có định dạng không hợp lệ.
    .description = Khóa riêng tư không hợp lệ.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri không khớp với chứng chỉ được chỉ định.
    .description = Khóa riêng tư không khớp với chứng chỉ.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = Chứng chỉ bạn cung cấp vượt quá độ dài tối đa.
    .description = Nội dung của chứng chỉ vượt quá giới hạn độ dài.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = Tên chứng chỉ bạn cung cấp vượt quá độ dài tối đa 128 ký tự.
    .description = Tên chứng chỉ dài hơn 128 ký tự.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Tham số có lỗi.
    .description = Một hoặc nhiều tham số để thiết lập chứng chỉ không hợp lệ.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Chứng chỉ không tồn tại hoặc trạng thái của chứng chỉ không hợp lệ.
    .description = Chứng chỉ không tồn tại, hoặc trạng thái của chứng chỉ không hợp lệ.

# Certificate.StatusError, biến thể `status-only` (HTTP 400).
certificate_status-error--status-only = Trạng thái chứng chỉ không hợp lệ.
    .description = Trạng thái của chứng chỉ không hợp lệ.

# DeleteFailed (HTTP 400).
delete-failed = Xóa chứng chỉ không thành công.
    .description = Không thể xóa chứng chỉ.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Không tìm thấy thông tin chứng chỉ.
    .description = Không tìm thấy chứng chỉ.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = Tên chứng chỉ bị trùng lặp.
    .description = Đã tồn tại một chứng chỉ có cùng tên.

# Certificate.FormatError (HTTP 400).
certificate_format-error = Định dạng chứng chỉ không hợp lệ.
    .description = Chứng chỉ có định dạng không hợp lệ.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri không được để trống.
    .description = Khóa riêng tư chưa được chỉ định.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = Định dạng SSLPri không hợp lệ.
    .description = Khóa riêng tư có định dạng không hợp lệ.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Tắt chứng chỉ sẽ thay đổi việc điều phối lưu lượng của tên miền, vui lòng liên hệ với bộ phận chăm sóc khách hàng.
    .description = Việc tắt chứng chỉ sẽ ảnh hưởng đến việc điều phối lưu lượng của tên miền nên không được phép. Vui lòng liên hệ với bộ phận hỗ trợ kỹ thuật của { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Chứng chỉ đã được thiết lập thành công nhưng chưa có hiệu lực nhằm bảo vệ dịch vụ hiện tại, vui lòng liên hệ với bộ phận chăm sóc khách hàng.
    .description = Chứng chỉ đã được cấu hình nhưng chưa có hiệu lực, nhằm bảo vệ dịch vụ hiện tại của bạn. Để chứng chỉ có hiệu lực, vui lòng liên hệ với bộ phận hỗ trợ kỹ thuật của { -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Địa chỉ gốc được chỉ định có định dạng không hợp lệ.
    .description = Địa chỉ gốc không hợp lệ.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Loại máy chủ gốc được chỉ định có định dạng không hợp lệ.
    .description = Loại máy chủ gốc không hợp lệ.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Loại máy chủ gốc được chỉ định không khớp với địa chỉ gốc được chỉ định.
    .description = Địa chỉ gốc không khớp với loại máy chủ gốc.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Mức ưu tiên của máy chủ gốc được chỉ định không hợp lệ.
    .description = Mức ưu tiên của máy chủ gốc không hợp lệ.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = Tham số UploadURLs được chỉ định không hợp lệ.
    .description = Giá trị của tham số UploadURLs không hợp lệ.
