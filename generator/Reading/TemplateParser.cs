using System.Collections.Generic;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Reading;

/// <summary>Parses templates such as <c>cloudflare.{Source}</c> into literal and field parts.</summary>
internal static class TemplateParser
{
    public static bool TryParse(string template, out EquatableArray<TemplatePart> parts, out string error)
    {
        var parsed = new List<TemplatePart>();
        parts = EquatableArray<TemplatePart>.Empty;
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var strayClose = template.IndexOf('}', position);
            if (strayClose >= 0 && (open < 0 || strayClose < open))
            {
                error = "'}' without '{'";
                return false;
            }

            if (open < 0)
            {
                parsed.Add(new TemplatePart(false, template.Substring(position)));
                break;
            }

            if (open > position)
            {
                parsed.Add(new TemplatePart(false, template.Substring(position, open - position)));
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                error = "'{' is never closed";
                return false;
            }

            var path = template.Substring(open + 1, close - open - 1).Trim();
            if (!SourcePath.IsValid(path))
            {
                error = $"'{{{path}}}' does not name a source path";
                return false;
            }

            parsed.Add(new TemplatePart(true, path));
            position = close + 1;
        }

        if (!parsed.Exists(part => part.IsField))
        {
            error = "it references no raw field: use a Constant instead";
            return false;
        }

        parts = parsed.ToEquatableArray();
        error = string.Empty;
        return true;
    }
}
