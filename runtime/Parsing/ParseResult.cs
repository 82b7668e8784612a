namespace EcsForge.Parsing;

/// <summary>The outcome of parsing one event: success, or a failure with a reason. Never an exception.</summary>
public readonly struct ParseResult
{
    private ParseResult(ParseFailure failure, string? detail, int bytesWritten)
    {
        Failure = failure;
        Detail = detail;
        BytesWritten = bytesWritten;
    }

    public bool Success => Failure == ParseFailure.None;

    public ParseFailure Failure { get; }

    /// <summary>Extra context for a failure (e.g. the JSON reader's position); null on success.</summary>
    public string? Detail { get; }

    /// <summary>Bytes of ECS JSON written to the output on success.</summary>
    public int BytesWritten { get; }

    /// <summary>A readable reason, for dead-letter records and logs.</summary>
    public string Reason => Failure switch
    {
        ParseFailure.None => "parsed",
        ParseFailure.UnknownFormat => Describe("unknown intake format"),
        ParseFailure.EmptyMessage => "empty message",
        ParseFailure.InvalidUtf8 => Describe("message is not valid UTF-8"),
        ParseFailure.MalformedJson => Describe("malformed JSON"),
        ParseFailure.Truncated => Describe("truncated message"),
        ParseFailure.NotAnObject => Describe("message is not a JSON object"),
        ParseFailure.NotKeyValue => Describe("message holds no key=value item"),
        ParseFailure.TooDeep => Describe("message nests deeper than the reader allows"),
        ParseFailure.TooLarge => Describe("message is over the size limit"),
        ParseFailure.InvalidEnvelope => Describe("the envelope is not a JSON object"),
        _ => Describe("internal parser error"),
    };

    public static ParseResult Parsed(int bytesWritten) => new(ParseFailure.None, null, bytesWritten);

    public static ParseResult Failed(ParseFailure failure, string? detail = null) => new(failure, detail, 0);

    public override string ToString() => Reason;

    private string Describe(string what) => Detail is null ? what : what + ": " + Detail;
}
