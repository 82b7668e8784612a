namespace EcsForge.Host;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>An I/O error, or a conformance run that did not fully pass.</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or an unknown intake format.</summary>
    public const int Usage = 2;
}
