using EcsForge.Mapping;

namespace EcsForge.Tests.Datasets;

/// <summary>
/// A test-only pipeline dataset over a plain-text message that reads the envelope the event arrived with
/// (<c>original</c>), as Postfix and Juniper read <c>log.syslog.appname</c>, and exercises the writing rules the
/// Postfix and Fortimail cases taught.
/// </summary>
[IntakeFormat("0f7c3e52-9d41-4b8a-a6e2-3c5d7f9b1e24", "test-envelope")]
[Stage("main")]
[Set("event.dataset", "{{ original.log.syslog.appname }}")]
[Set("event.provider", "{{ original.get('log', {}).get('syslog', {}).get('appname') or '-' }}")]
[Set("observer.vendor", "{{ 'EcsForge' }}")]
[Set("email.to.address", "{{ [original.missing] }}")]
[Set("email.from.address", "{{ 'jdoe@example.com' }}")]
[Set("source.domain", "{{ 'mx.example.localdomain' }}")]
[CustomField("email.from.address", FieldType.Array, "an ECS list redeclared as the dataset's array")]
public partial class EnvelopeDataset;
