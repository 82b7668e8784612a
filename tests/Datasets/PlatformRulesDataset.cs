using EcsForge.Mapping;

namespace EcsForge.Tests.Datasets;

/// <summary>
/// A test-only dataset writing the fields the platform's post-processing reads (generator/Inference/PlatformRules),
/// each from a raw field of the same role, so that a test can give or leave out each one.
/// </summary>
[IntakeFormat("0b7e4c1d-2f6a-4d9e-9c3b-5a8f1e2d7c40", "test-platform-rules")]
[Map("src_ip", "source.ip")]
[Map("src_host", "source.domain")]
[Map("dst_ip", "destination.ip")]
[Map("dst_host", "destination.domain")]
[Map("dst_addr", "destination.address")]
[Map("client_host", "client.domain")]
[Map("server_ip", "server.ip")]
[Map("forwarded_ip", "network.forwarded_ip")]
[Map("indicator_ip", "threat.indicator.ip")]
[Map("user", "user.name")]
[Map("target_user", "user.target.name")]
[Map("user_id", "user.id")]
[Map("hostname", "host.hostname")]
[Map("observer_host", "observer.hostname")]
[Map("url_host", "url.domain")]
[Map("path", "file.path")]
[Map("md5", "file.hash.md5")]
[Map("process_sha256", "process.hash.sha256")]
[Map("tlsh", "file.hash.tlsh")]
[Map("outcome", "action.outcome")]
[Map("labels", "tags")]
[Map("categories", "event.category", When = "categories != []")]
[CustomField("action.outcome", FieldType.Keyword, "The platform's legacy outcome field")]
public partial class PlatformRulesDataset
{
}
