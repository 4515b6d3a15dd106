### The common error codes of the ApsaraVideo VOD API, in Simplified Chinese.
### Descriptions follow the provider's official Chinese wording.

missing-parameter = 缺少处理此请求所必需的输入参数 { $parameter }。
    .description = 缺少参数。

invalid-parameter = 指定的参数 { $parameter } 无效。
    .description = 参数无效。

operation-denied = 您的账号尚未开通{ -vod }服务。
    .description = 账号未开通{ -apsaravideo-vod }服务。

operation-denied_suspended = 您的{ -vod }服务已被暂停。
    .description = { -alibaba-cloud }账号已欠费，请充值。

forbidden = 用户无权操作指定的资源。
    .description = 无权限执行该操作。该错误一般是由于账号未获得相应权限所致。更多信息，请参见[账号授权策略](/intl.en-US/Developer Guide/Access authorization/Overview.md)。

internal-error = 由于未知错误，请求处理失败。
    .description = 后台发生未知错误，请稍后重试或联系客服解决。

service-un-available = 由于服务器临时故障，请求失败。
    .description = 服务不可用。
