using EcsForge.Mapping;

namespace EcsForge.Parsers.Cloudflare;

/// <summary>Cloudflare audit logs (Logpush dataset <c>audit_logs</c>): changes made to the account.</summary>
[IntakeFormat("76d767ed-5431-4db1-b893-a48b6903d871", "cloudflare-audit-logs", Name = "Cloudflare Audit logs")]
[Map("When", "@timestamp")]
[Map("OwnerID", "cloud.account.id")]
[Map("ActionType", "event.action")]
[Constant("event.category", new[] { "network" })]
[Constant("event.dataset", "audit_logs")]
[Constant("event.type", new[] { "access" })]
[Constant("observer.type", "proxy")]
[Constant("observer.vendor", "Cloudflare")]
[Map("ActorEmail", "user.email")]
[Map("ActorID", "user.id")]
[Map("ActorIP", "source.ip", Require = Require.IpAddress, Convert = Conversion.UnmapIPv4)]
[Map("ActionResult", "cloudflare.ActionResult")]
[Map("ActorType", "cloudflare.ActorType")]
[Map("ID", "cloudflare.ID")]
[Map("Metadata.zone_tag", "cloudflare.zone_tag")]
[Map("Metadata.Request.client_default", "cloudflare.request_client_default")]
[Map("Metadata.Request.name", "cloudflare.request_name")]
[Map("Metadata.Request.networks", "cloudflare.request_networks")]
[Map("Metadata.zone_name", "cloudflare.zone_name")]
[Map("Interface", "cloudflare.Interface")]
[Map("ResourceID", "cloudflare.ResourceID")]
[Map("ResourceType", "cloudflare.ResourceType")]
[CustomField("cloudflare.ActionResult", FieldType.Boolean, "Whether the action was successful.")]
[CustomField("cloudflare.ActorType", FieldType.Keyword, "Type of user that started the audit trail.")]
[CustomField("cloudflare.ID", FieldType.Keyword, "Unique identifier of an audit log.")]
[CustomField("cloudflare.Interface", FieldType.Keyword, "Entry point or interface of the audit log.")]
[CustomField("cloudflare.ResourceID", FieldType.Keyword, "Unique identifier of the resource within Cloudflare’s system.")]
[CustomField("cloudflare.ResourceType", FieldType.Keyword, "The type of resource that was changed.")]
[CustomField("cloudflare.request_client_default", FieldType.Boolean, "Additional audit log-specific information.")]
[CustomField("cloudflare.request_name", FieldType.Keyword, "Additional audit log-specific information.")]
[CustomField("cloudflare.request_networks", FieldType.Array, "Additional audit log-specific information.")]
[CustomField("cloudflare.zone_name", FieldType.Keyword, "Additional audit log-specific information.")]
[CustomField("cloudflare.zone_tag", FieldType.Keyword, "Additional audit log-specific information.")]
public partial class CloudflareAuditLogs
{
}
