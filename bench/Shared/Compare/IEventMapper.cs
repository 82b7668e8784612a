using System;
using System.Buffers;

namespace EcsForge.Bench.Compare;

/// <summary>
/// One way of turning a raw event into its ECS JSON. The mappers of a dataset must write the same event (checked by
/// <see cref="OutputEquivalence"/>), so that timing them compares ways of doing the same work.
/// </summary>
internal interface IEventMapper
{
    /// <summary>Short name for the table and the chart.</summary>
    string Name { get; }

    /// <summary>Appends the ECS event of <paramref name="input"/> to <paramref name="output"/>; false, writing nothing, when it cannot be mapped.</summary>
    bool TryMap(ReadOnlySpan<byte> input, ArrayBufferWriter<byte> output);
}
