namespace EcsForge.Parsing;

/// <summary>Why a <see cref="KeyValueReader"/> stopped returning pairs.</summary>
public enum KeyValueStatus : byte
{
    /// <summary><see cref="KeyValueReader.TryRead"/> has not returned false yet.</summary>
    Reading = 0,

    /// <summary>Every pair of the line has been read.</summary>
    End,

    /// <summary>Nothing in the line looked like <c>key=value</c>.</summary>
    NoPairs,

    /// <summary>A quoted value has no closing quote; <see cref="KeyValueReader.Position"/> is its opening quote.</summary>
    UnterminatedQuote,
}
