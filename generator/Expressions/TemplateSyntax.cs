namespace EcsForge.Generator.Expressions;

/// <summary>The template grammar as a service to tools (the importer): whether a pipeline's template parses.</summary>
public static class TemplateSyntax
{
    /// <summary>The syntax error of <paramref name="template"/>, or null when it parses.</summary>
    public static string? Error(string template)
    {
        try
        {
            JinjaTemplate.Parse(template);
            return null;
        }
        catch (ExpressionError error)
        {
            return error.Message;
        }
    }
}
