using System;

namespace EcsForge.Mapping;

/// <summary>
/// A grok pattern (<c>%{IP:src}</c>, <c>%{DATA:reason}</c>, ...) for one key of <see cref="PatternsAttribute"/>; it must
/// match the whole field, as the platform's grok does. It is
/// compiled at build time into a matcher whose time is linear in the input; a pattern that does not compile, names
/// an unknown grok pattern or captures a field no mapping uses is a build error.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PatternAttribute : Attribute
{
    public PatternAttribute(string key, string pattern)
    {
        Key = key;
        Pattern = pattern;
    }

    public string Key { get; }

    public string Pattern { get; }
}
