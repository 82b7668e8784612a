using System;

namespace EcsForge.Mapping;

/// <summary>A named grok pattern usable as <c>%{NAME}</c>, e.g. <c>HOST_ADDRESS</c> = <c>%{IP:host_ip}|%{HOSTNAME:host_name}</c>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class CustomPatternAttribute : Attribute
{
    public CustomPatternAttribute(string name, string pattern)
    {
        Name = name;
        Pattern = pattern;
    }

    public string Name { get; }

    public string Pattern { get; }
}
