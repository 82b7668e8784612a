using EcsForge.Mapping;

namespace EcsForge.Consumer;

/// <summary>A user's own dataset: JSON login events of an in-house web application.</summary>
[IntakeFormat("3f0c9a52-7d1e-4b6a-9e2f-8c5d4b3a2e10", "acme-web-logins", Name = "ACME web logins")]
[Map("ts", "@timestamp", Convert = Conversion.Rfc3339)]
[Map("client", "source.ip", Require = Require.IpAddress)]
[Map("login", "user.name")]
[Map("app_host", "destination.domain")]
[Constant("event.category", new[] { "authentication" })]
[Translate("result", "event.outcome", "ok", "success", "denied", "failure", Fallback = "unknown")]
[Map("session", "acme.session_id")]
[CustomField("acme.session_id", FieldType.Keyword, "Session identifier of the ACME web application")]
public partial class WebLogins
{
}
