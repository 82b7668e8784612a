using System;

namespace EcsForge.Inference;

/// <summary>What the public suffix list says about one suffix; several rules can share a suffix ("ck" and "*.ck").</summary>
[Flags]
internal enum RuleKind : byte
{
    /// <summary>No rule of its own: only a parent of longer rules, kept so lookups can stop at the first miss.</summary>
    None = 0,

    /// <summary>"example": the suffix itself is public.</summary>
    Normal = 1,

    /// <summary>"*.example": any single label in front of the suffix is public too.</summary>
    Wildcard = 2,

    /// <summary>"!www.example": the suffix is registrable even though a wildcard covers it.</summary>
    Exception = 4,
}
