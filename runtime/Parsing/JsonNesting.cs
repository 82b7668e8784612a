using System;

namespace EcsForge.Parsing;

/// <summary>Measures how deep a (possibly malformed) JSON text nests, to name the failure precisely.</summary>
public static class JsonNesting
{
    /// <summary>True when brackets outside strings nest deeper than <paramref name="maximumDepth"/>.</summary>
    public static bool Exceeds(ReadOnlySpan<byte> json, int maximumDepth)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var current = json[i];
            if (inString)
            {
                if (current == (byte)'\\')
                {
                    i++;
                }
                else if (current == (byte)'"')
                {
                    inString = false;
                }

                continue;
            }

            switch (current)
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    if (++depth > maximumDepth)
                    {
                        return true;
                    }

                    break;
                case (byte)'}' or (byte)']':
                    depth--;
                    break;
            }
        }

        return false;
    }
}
