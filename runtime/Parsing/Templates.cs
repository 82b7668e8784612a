using System;

namespace EcsForge.Parsing;

/// <summary>Builds templated values (<c>cloudflare.{Source}</c>) in scratch space.</summary>
public static class Templates
{
    public static RawValue Concat(EventScratch scratch, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> value, ReadOnlySpan<byte> suffix)
    {
        var destination = scratch.Reserve(prefix.Length + value.Length + suffix.Length);
        prefix.CopyTo(destination);
        value.CopyTo(destination[prefix.Length..]);
        suffix.CopyTo(destination[(prefix.Length + value.Length)..]);
        return scratch.Commit(destination.Length, RawKind.String);
    }
}
