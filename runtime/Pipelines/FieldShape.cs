// Compiled into the generator too (a linked file), so the two cannot drift.
#if ECSFORGE_GENERATOR
namespace EcsForge.Generator.Shared;
#else
namespace EcsForge.Pipelines;
#endif

/// <summary>How a pipeline's field is written, from its type in ECS, the taxonomy or the dataset's custom fields.</summary>
public enum FieldShape
{
    /// <summary>Keep the value's own type (text, dates, IPs, objects, and fields ECS keeps as arrays).</summary>
    Keep,

    /// <summary>
    /// Text: numbers and booleans are written as their text (<c>1</c> as <c>"1"</c>, <c>false</c> as <c>"false"</c>), a
    /// dict as its compact JSON (Microsoft 365 Defender RawEventData, GateWatcher, NeroSwarm).
    /// </summary>
    Keyword,

    /// <summary>An integer: integer text is converted; anything else leaves the field out.</summary>
    Integer,

    /// <summary>A number: numeric text is converted; anything else leaves the field out.</summary>
    Number,

    /// <summary>A boolean: <c>"true"</c>/<c>"false"</c> are converted; anything else leaves the field out.</summary>
    Boolean,

    /// <summary>A date: text or epoch numbers are written as RFC 3339 in UTC (<c>2024-01-17T12:46:21Z</c>, microseconds when not zero).</summary>
    Date,

    /// <summary>
    /// A custom date (the dataset's own date field): written as <see cref="Date"/>, except text already in RFC 3339 UTC
    /// with six fraction digits, which is kept as it is (CrowdStrike Falcon's event_created stays
    /// <c>2025-11-05T14:49:46.000000Z</c>, where Pradeo's <c>2020-09-01T00:00:00.000Z</c> becomes <c>...00Z</c>).
    /// </summary>
    CustomDate,

    /// <summary>An IP address: IPv6 text is written in its canonical form (<c>fe80:0:333::ddd</c>, lower case, no leading zeros).</summary>
    Ip,

    /// <summary>
    /// An object set whole (<c>host: "{{ parsed.host }}"</c>): each leaf of the dict becomes a field below the target,
    /// kept as it is, empty text included (SekoiaIO endpoint); what was set below the target before is replaced.
    /// </summary>
    Spread,

    /// <summary>
    /// A list (the dataset's own <c>array</c> field): a single value is written as a list of it (Fortimail's
    /// <c>email.to.address: "{{ ... }}"</c> is written <c>["jdoe@example.com"]</c>).
    /// </summary>
    List,
}
