namespace EcsForge.Generator.Reading;

/// <summary>Rules for dotted raw-field paths such as <c>Metadata.Request.name</c>.</summary>
internal static class SourcePath
{
    public static bool IsValid(string? path)
    {
        if (path is null || path.Length == 0)
        {
            return false;
        }

        foreach (var segment in path.Split('.'))
        {
            if (segment.Length == 0)
            {
                return false;
            }

            foreach (var c in segment)
            {
                if (char.IsWhiteSpace(c) || c == '{' || c == '}' || c == '"' || c == '\'' || char.IsControl(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
