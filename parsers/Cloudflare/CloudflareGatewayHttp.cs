using EcsForge.Mapping;

namespace EcsForge.Parsers.Cloudflare;

/// <summary>Cloudflare Gateway HTTP (Logpush dataset <c>gateway_http</c>): HTTP requests inspected by Gateway.</summary>
/// <remarks>
/// The pipeline sets <c>user_agent.original</c> from <c>{{json_event.UserAgent}}</c>, which misses <c>.message</c>, so
/// it never sets it and its expected outputs have no <c>user_agent</c>: <c>UserAgent</c> is deliberately not mapped.
/// <c>url.*</c> (scheme, domain and its parts, port, path, ...) is inferred from <c>url.original</c> as the platform does.
/// </remarks>
[IntakeFormat("f570dd30-854b-4a22-9c2d-e2cfa46bf0e5", "cloudflare-gateway-http", Name = "Cloudflare Gateway HTTP")]
[Map("Datetime", "@timestamp")]
[Map("AccountID", "cloud.account.id")]
[Map("HTTPHost", "destination.domain")]
[Map("DestinationPort", "destination.port")]
[Map("DeviceID", "device.id")]
[Map("Action", "event.action")]
[Constant("event.category", new[] { "network" })]
[Constant("event.dataset", "gateway_http")]
[Constant("event.type", new[] { "info" })]
[Map("DestinationIP", "destination.ip", Require = Require.IpAddress)]
[Constant("event.type", new[] { "info", "allowed" }, When = "Action == 'allow'")]
[Constant("event.type", new[] { "denied" }, When = "Action == 'deny'")]
[Map("BlockedFileHash", "file.hash.sha256", Require = Require.Sha256Length)]
[Map("BlockedFileName", "file.name")]
[Map("BlockedFileSize", "file.size")]
[Map("BlockedFileType", "file.type")]
[Map("DeviceName", "host.hostname")]
[Map("HTTPMethod", "http.request.method")]
[Map("Referer", "http.request.referrer")]
[Map("HTTPStatusCode", "http.response.status_code")]
[Map("HTTPVersion", "http.version")]
[Constant("network.protocol", "http")]
[Constant("observer.type", "proxy")]
[Constant("observer.vendor", "Cloudflare")]
[Map("SourceIP", "source.ip", Require = Require.IpAddress)]
[Map("SourcePort", "source.port")]
[Map("UserID", "user.id")]
[Map("Email", "user.email")]
[Map("URL", "url.original")]
[Map("BlockedFileReason", "cloudflare.BlockedFileReason")]
[Map("DownloadedFileNames", "cloudflare.DownloadedFileNames")]
[Map("FileInfo.files", "cloudflare.file_list", When = "FileInfo.files != []")]
[Map("InternalSourceIP", "cloudflare.InternalSourceIP")]
[Map("IsIsolated", "cloudflare.IsIsolated")]
[Map("PolicyID", "cloudflare.PolicyID")]
[Map("PolicyName", "cloudflare.PolicyName")]
[Map("RequestID", "cloudflare.RequestID")]
[Map("UntrustedCertificateAction", "cloudflare.UntrustedCertificateAction")]
[Map("UploadedFileNames", "cloudflare.UploadedFileNames", When = "UploadedFileNames != []")]
[CustomField("cloudflare.BlockedFileReason", FieldType.Keyword, "Reason file was blocked in the response, if any.")]
[CustomField("cloudflare.DownloadedFileNames", FieldType.Array, "List of files downloaded in the HTTP request.")]
[CustomField("cloudflare.InternalSourceIP", FieldType.Keyword, "Local LAN IP of the device. Only available when connected via a GRE/IPsec tunnel on-ramp.")]
[CustomField("cloudflare.IsIsolated", FieldType.Boolean, "If the requested was isolated with Cloudflare Browser Isolation or not.")]
[CustomField("cloudflare.PolicyID", FieldType.Keyword, "The gateway policy UUID applied to the request, if any.")]
[CustomField("cloudflare.PolicyName", FieldType.Keyword, "The name of the gateway policy applied to the request, if any.")]
[CustomField("cloudflare.RequestID", FieldType.Keyword, "Cloudflare request ID. This might be empty on bypass action.")]
[CustomField("cloudflare.UntrustedCertificateAction", FieldType.Keyword, "Action taken when an untrusted origin certificate error occurs (for example, expired certificate, mismatched common name, invalid certificate chain, signed by non-public CA). One of none | block | error | passThrough.")]
[CustomField("cloudflare.UploadedFileNames", FieldType.Array, "List of files uploaded in the HTTP request.")]
[CustomField("cloudflare.file_list", FieldType.Array, "List of files uploaded or downloaded in the HTTP request.")]
public partial class CloudflareGatewayHttp
{
}
