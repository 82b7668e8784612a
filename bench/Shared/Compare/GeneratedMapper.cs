using System;
using System.Buffers;
using EcsForge.Routing;

namespace EcsForge.Bench.Compare;

/// <summary>The compiled parser, called the way applications call it: through the router, into the caller's buffer.</summary>
internal sealed class GeneratedMapper : IEventMapper
{
    private readonly IntakeRouter _router;
    private readonly IntakeFormat _format;

    public GeneratedMapper(IntakeRouter router, IntakeFormat format)
    {
        _router = router;
        _format = format;
    }

    public string Name => "generated (EcsForge)";

    public bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output) => _router.Parse(_format, input, output).Success;
}
