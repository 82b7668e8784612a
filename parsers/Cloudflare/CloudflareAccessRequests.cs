using EcsForge.Mapping;

namespace EcsForge.Parsers.Cloudflare;

/// <summary>Cloudflare Access requests (Logpush dataset <c>access_requests</c>): logins and logouts.</summary>
[IntakeFormat("588a448b-c08d-4139-a746-b2b9f366e34b", "cloudflare-access-requests", Name = "Cloudflare Access Requests")]
[Map("CreatedAt", "@timestamp")]
[Map("ActionType", "event.action")]
[Translate("ActionResult", "event.outcome", "true", "success", "false", "failed")]
[Translate("Allowed", "event.outcome", "true", "success", "false", "denied")]
[Map("IPAddress", "client.ip", Require = Require.IpAddress)]
[Constant("event.category", new[] { "network", "authentication" })]
[Constant("event.dataset", "access_requests")]
[Constant("event.type", new[] { "info" })]
[Constant("observer.type", "proxy")]
[Constant("observer.vendor", "Cloudflare")]
[Constant("event.type", new[] { "connection", "start" }, When = "Action == 'login' && Allowed == true")]
[Constant("event.type", new[] { "connection", "end" }, When = "Action == 'logout'")]
[Constant("event.type", new[] { "connection", "denied" }, When = "Allowed == false")]
[Map("AppDomain", "url.domain")]
[Map("Email", "user.email", Or = "ActorEmail")]
[Map("UserUID", "user.id")]
[Map("ActorIP", "source.ip", Require = Require.IpAddress)]
[Map("IPAddress", "source.ip", Require = Require.IpAddress)]
[Map("AppUUID", "cloudflare.AppUUID")]
[Map("Connection", "cloudflare.Connection")]
[Map("PurposeJustificationPrompt", "cloudflare.PurposeJustificationPrompt")]
[Map("PurposeJustificationResponse", "cloudflare.PurposeJustificationResponse")]
[Map("RayID", "cloudflare.RayID")]
[Map("TemporaryAccessApprovers", "cloudflare.TemporaryAccessApprovers", When = "TemporaryAccessApprovers != []")]
[Map("TemporaryAccessDuration", "cloudflare.TemporaryAccessDuration")]
[CustomField("cloudflare.AppUUID", FieldType.Keyword, "Access Application UUID.")]
[CustomField("cloudflare.Connection", FieldType.Keyword, "Identity provider used for the login.")]
[CustomField("cloudflare.PurposeJustificationPrompt", FieldType.Keyword, "Message prompted to the client when accessing the application.")]
[CustomField("cloudflare.PurposeJustificationResponse", FieldType.Keyword, "Justification given by the client when accessing the application.")]
[CustomField("cloudflare.RayID", FieldType.Keyword, "Identifier of the request.")]
[CustomField("cloudflare.TemporaryAccessApprovers", FieldType.Array, "List of approvers for this access request.")]
[CustomField("cloudflare.TemporaryAccessDuration", FieldType.Number, "Approved duration for this access request.")]
public partial class CloudflareAccessRequests
{
}
