using System.IO;
using Xunit;

namespace EcsForge.Tests.Serve;

/// <summary>A fact that needs util-linux <c>logger</c> as a real syslog sender; reported skipped, never passed, without it.</summary>
public sealed class LoggerFactAttribute : FactAttribute
{
    public const string LoggerPath = "/usr/bin/logger";

    public LoggerFactAttribute()
    {
        if (!File.Exists(LoggerPath))
        {
            Skip = LoggerPath + " is not installed (Debian package bsdutils/util-linux)";
        }
    }
}
