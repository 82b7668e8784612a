using System.Text;

namespace EcsForge.UserAgents;

/// <summary>
/// Texts one of which every match of a compiled ua-parser regex contains: UTF-8, compared byte for byte, or, when
/// <see cref="IgnoreCase"/>, ASCII-lowercase and compared ignoring ASCII case (other bytes exactly).
/// </summary>
public sealed class UapClause
{
    public UapClause(bool ignoreCase, params string[] texts)
    {
        IgnoreCase = ignoreCase;
        Texts = new byte[texts.Length][];
        for (var i = 0; i < texts.Length; i++)
        {
            Texts[i] = Encoding.UTF8.GetBytes(texts[i]);
        }
    }

    public bool IgnoreCase { get; }

    public byte[][] Texts { get; }
}
