namespace EcsForge.Parsing;

/// <summary>Turns the way a <see cref="KeyValueReader"/> stopped into the event's result.</summary>
public static class KeyValueResults
{
    public static ParseResult Of(KeyValueStatus status, int position) => status switch
    {
        KeyValueStatus.End => ParseResult.Parsed(0),
        KeyValueStatus.NoPairs => ParseResult.Failed(ParseFailure.NotKeyValue),
        KeyValueStatus.UnterminatedQuote => ParseResult.Failed(ParseFailure.Truncated, $"the quoted value at offset {position} is never closed"),
        _ => ParseResult.Failed(ParseFailure.InternalError, $"key=value reader stopped in state {status}"),
    };
}
