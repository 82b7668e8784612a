namespace EcsForge.Host;

public static class ExitCodes
{
    /// <summary>Every event parsed (blank lines skipped).</summary>
    public const int Success = 0;

    /// <summary>An I/O error, or a conformance run that did not fully pass.</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or an unknown intake format.</summary>
    public const int Usage = 2;

    /// <summary><c>parse</c>: some or all events failed (they are in the dead-letter file).</summary>
    public const int EventsFailed = 3;
}
