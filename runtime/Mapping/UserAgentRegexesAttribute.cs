using System;

namespace EcsForge.Mapping;

/// <summary>
/// Compiles a ua-parser <c>regexes.yaml</c> (named by file name, and listed as an <c>AdditionalFiles</c> item of the
/// project) into matchers generated into this <c>partial</c> class: <c>MatchAgent</c>, <c>MatchOperatingSystem</c>,
/// <c>MatchDevice</c> and their rule tables.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class UserAgentRegexesAttribute : Attribute
{
    public UserAgentRegexesAttribute(string fileName)
    {
        FileName = fileName;
    }

    public string FileName { get; }
}
