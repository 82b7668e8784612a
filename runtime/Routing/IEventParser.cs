using System;
using EcsForge.Parsing;

namespace EcsForge.Routing;

/// <summary>
/// A compiled parser of one intake format, implemented by generated code. It reads a raw message and
/// writes one ECS event with <see cref="EventSession.Json"/> (mapping datasets) or <see cref="EventSession.Writer"/>
/// (pipelines, hand-written parsers), never both; it may throw on malformed input, which <see cref="IntakeRouter"/>
/// turns into a failed result.
/// </summary>
public interface IEventParser
{
    ParseResult Parse(ReadOnlySpan<byte> message, EventSession session);

    /// <summary>
    /// True when the parser builds its event from <see cref="EventSession.Envelope"/> itself (pipelines, which read it
    /// as <c>original</c> and may change it); otherwise the router adds the envelope's fields the event does not set.
    /// </summary>
    bool StartsFromEnvelope => false;
}
