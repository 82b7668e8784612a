using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits one resolver per target field. Rules are tried from the last to the first, so the last rule that applies
/// wins, as in the pipeline; an unconditional constant ends the search.
/// </summary>
internal static class RuleEmitter
{
    public static string MethodName(EmitContext context, string target) => "Resolve_" + context.TargetVariable(target).Substring(2);

    public static void Emit(SourceWriter writer, EmitContext context)
    {
        foreach (var target in context.Model.Targets)
        {
            var rules = context.RulesFor(target.Name).ToList();
            if (rules.Count > 0)
            {
                EmitResolver(writer, context, target, rules);
            }
        }

        EmitConstants(writer, context);
    }

    private static void EmitResolver(SourceWriter writer, EmitContext context, TargetField target, List<MappingRule> rules)
    {
        writer.Line($"/// <summary>Resolves <c>{target.Name}</c> ({target.Type}).</summary>");
        writer.Open($"private static {Types.RawValue} {MethodName(context, target.Name)}({Types.Bytes} input, in SourceValues source, {Types.EventSession} session)");
        for (var i = rules.Count - 1; i >= 0; i--)
        {
            if (EmitRule(writer, context, target, rules[i]))
            {
                writer.Close();
                writer.Line();
                return;
            }
        }

        writer.Line("return default;");
        writer.Close();
        writer.Line();
    }

    /// <summary>Emits one rule; true when it always applies, so earlier rules are unreachable.</summary>
    private static bool EmitRule(SourceWriter writer, EmitContext context, TargetField target, MappingRule rule)
    {
        switch (rule.Kind)
        {
            case RuleKind.Constant:
                return EmitConstantRule(writer, context, target, rule);
            case RuleKind.Translate:
                EmitTranslateRule(writer, context, target, rule);
                return false;
            case RuleKind.Template:
                EmitTemplateRule(writer, context, rule);
                return false;
            default:
                EmitMapRule(writer, context, target, rule);
                return false;
        }
    }

    private static bool EmitConstantRule(SourceWriter writer, EmitContext context, TargetField target, MappingRule rule)
    {
        var result = $"return {Types.RawValue}.Constant({context.ConstantId(target, rule.Constant!)});";
        if (rule.When.Count == 0)
        {
            writer.Line(result);
            return true;
        }

        writer.Open($"if ({Conditions.Code(context, rule.When)})");
        writer.Line(result);
        writer.Close();
        writer.Line();
        return false;
    }

    private static void EmitMapRule(SourceWriter writer, EmitContext context, TargetField target, MappingRule rule)
    {
        writer.Line($"// {string.Join(" or ", rule.Sources)}");
        writer.Open();
        EmitFirstWithValue(writer, context, rule.Sources);

        // An empty list is set as the platform keeps it; "" and null are not.
        var conditions = new List<string> { "value.IsWritten" };
        if (rule.When.Count > 0)
        {
            conditions.Add(Conditions.Code(context, rule.When));
        }

        if ((rule.Require & Require.IpAddress) != 0)
        {
            conditions.Add($"value.Kind == {Types.RawKind}.String && {Types.IpAddressText}.IsIpAddress(session.Bytes(input, value))");
        }

        if ((rule.Require & Require.Sha256Length) != 0)
        {
            conditions.Add($"value.Kind == {Types.RawKind}.String && {Types.TextConversions}.CharacterCount(session.Bytes(input, value)) == 64");
        }

        writer.Open($"if ({string.Join(" && ", conditions)})");
        var conversion = ConvertedValue(context, rule);
        if (conversion is not null)
        {
            writer.Line($"value = {conversion};");
        }

        // A conversion may yield nothing, and the target's type may reject the value.
        var checks = new List<string>();
        if (conversion is not null)
        {
            checks.Add("value.HasValue");
        }

        var shapeCheck = ShapeCheck(target.Shape, "value");
        if (shapeCheck is not null)
        {
            checks.Add(shapeCheck);
        }

        if (checks.Count == 0)
        {
            writer.Line("return value;");
        }
        else
        {
            writer.Open($"if ({string.Join(" && ", checks)})");
            writer.Line("return value;");
            writer.Close();
        }

        writer.Close();
        writer.Close();
        writer.Line();
    }

    /// <summary>Declares <c>value</c>: the first of <paramref name="sources"/> that has one, the last one else.</summary>
    internal static void EmitFirstWithValue(SourceWriter writer, EmitContext context, IReadOnlyList<string> sources)
    {
        writer.Line($"var value = source.{context.SourceField(sources[0])};");
        foreach (var fallback in sources.Skip(1))
        {
            writer.Open("if (!value.HasValue)");
            writer.Line($"value = source.{context.SourceField(fallback)};");
            writer.Close();
        }
    }

    /// <summary>
    /// The C# expression of the rule's converted <c>value</c>: the field computed once per event when the conversion is
    /// shared, or the conversion itself; null when the rule has no conversion.
    /// </summary>
    private static string? ConvertedValue(EmitContext context, MappingRule rule)
        => context.SharedConversionField(rule) is { } field ? "source." + field : ConversionExpression(rule.Conversion, rule.Delimiter);

    /// <summary>The C# expression converting <c>value</c>, or null for no conversion.</summary>
    internal static string? ConversionExpression(Conversion conversion, string? delimiter)
    {
        var binding = ConversionTable.Find(conversion);
        if (binding is null)
        {
            return null;
        }

        var arguments = "session.Bytes(input, value), value";
        if ((binding.Arguments & ConversionArguments.Delimiter) != 0)
        {
            arguments += ", " + CSharp.Utf8(delimiter ?? string.Empty);
        }

        if ((binding.Arguments & ConversionArguments.Scratch) != 0)
        {
            arguments += ", session.Scratch";
        }

        return $"global::EcsForge.Parsing.{binding.Type}.{binding.Method}({arguments})";
    }

    private static void EmitTranslateRule(SourceWriter writer, EmitContext context, TargetField target, MappingRule rule)
    {
        writer.Line($"// translate {rule.Sources[0]}");
        writer.Open();
        writer.Line($"var value = source.{context.SourceField(rule.Sources[0])};");
        var conversion = ConvertedValue(context, rule);
        if (conversion is not null)
        {
            writer.Line($"value = {conversion};");
        }

        var condition = rule.When.Count > 0 ? "value.HasValue && " + Conditions.Code(context, rule.When) : "value.HasValue";
        writer.Open($"if ({condition})");
        writer.Line("var bytes = session.Bytes(input, value);");
        LengthSwitch.Emit(writer, "bytes", rule.Translations, entry => entry.From, entry =>
            {
                var id = context.ConstantId(target, new ConstantValue(ConstantKind.String, new[] { entry.To }.ToEquatableArray()));
                writer.Line($"return {Types.RawValue}.Constant({id});");
            },
            literal => $"{Types.EcsValueWriter}.TextEquals(bytes, value.Kind, {literal})");
        if (rule.Fallback is not null)
        {
            var id = context.ConstantId(target, new ConstantValue(ConstantKind.String, new[] { rule.Fallback }.ToEquatableArray()));
            writer.Line();
            writer.Line($"return {Types.RawValue}.Constant({id});");
        }

        writer.Close();
        writer.Close();
        writer.Line();
    }

    private static void EmitTemplateRule(SourceWriter writer, EmitContext context, MappingRule rule)
    {
        writer.Line($"// template {CSharp.String(string.Concat(rule.Template.Select(part => part.IsField ? "{" + part.Text + "}" : part.Text)))}");
        writer.Open();
        var fields = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var part in rule.Template.Where(part => part.IsField))
        {
            if (!fields.ContainsKey(part.Text))
            {
                fields.Add(part.Text, "part" + fields.Count);
                writer.Line($"var {fields[part.Text]} = source.{context.SourceField(part.Text)};");
            }
        }

        var conditions = fields.Values.Select(variable => variable + ".HasValue").ToList();
        if (rule.When.Count > 0)
        {
            conditions.Add(Conditions.Code(context, rule.When));
        }

        writer.Open($"if ({string.Join(" && ", conditions)})");
        writer.Line("var scratch = session.Scratch;");
        writer.Line("var mark = scratch.Position;");
        foreach (var part in rule.Template)
        {
            writer.Line(part.IsField
                ? $"scratch.Store(session.Bytes(input, {fields[part.Text]}));"
                : $"scratch.Store({CSharp.Utf8(part.Text)});");
        }

        writer.Line("return scratch.Since(mark);");
        writer.Close();
        writer.Close();
        writer.Line();
    }

    /// <summary>The check a value must pass to be written with the target's shape, or null when any value fits.</summary>
    public static string? ShapeCheck(ValueShape shape, string variable) => shape switch
    {
        ValueShape.Integer => $"{Types.EcsValueWriter}.IsInteger(session.Bytes(input, {variable}), {variable}.Kind)",
        ValueShape.Number => $"{Types.EcsValueWriter}.IsNumber(session.Bytes(input, {variable}), {variable}.Kind)",
        ValueShape.Boolean => $"{Types.EcsValueWriter}.IsBoolean(session.Bytes(input, {variable}), {variable}.Kind)",
        _ => null,
    };

    private static void EmitConstants(SourceWriter writer, EmitContext context)
    {
        var constants = context.TakeConstants();
        if (constants.Count == 0)
        {
            return;
        }

        writer.Line("/// <summary>Writes the dataset's constants by id: strings and lists are JSON-encoded once, when the class loads.</summary>");
        writer.Open($"private static void WriteConstant({Types.EventJsonWriter} writer, {Types.JsonName} name, int id)");
        writer.Open("switch (id)");
        for (var id = 0; id < constants.Count; id++)
        {
            var (target, value) = constants[id];
            writer.Line($"case {id}: // {target.Name}: {Display(target, value)}");
            writer.Open();
            EmitConstantWrite(writer, target, value, ConstantField(id));
            writer.Line("break;");
            writer.Close();
        }

        writer.Close();
        writer.Close();
        writer.Line();
        for (var id = 0; id < constants.Count; id++)
        {
            var (target, value) = constants[id];
            EmitConstantField(writer, target, value, ConstantField(id));
        }

        writer.Line();
    }

    private static string ConstantField(int id) => "s_constant_" + id;

    /// <summary>The constant as the comment of its case shows it, strings as C# literals so that no character breaks the line.</summary>
    private static string Display(TargetField target, ConstantValue value)
    {
        var items = value.Kind is ConstantKind.Long or ConstantKind.Boolean ? value.Values.Select(item => item) : value.Values.Select(CSharp.String);
        return IsList(target, value) ? "[" + string.Join(", ", items) + "]" : items.First();
    }

    private static bool IsList(TargetField target, ConstantValue value) => value.Kind == ConstantKind.StringList || target.Shape == ValueShape.List;

    private static void EmitConstantWrite(SourceWriter writer, TargetField target, ConstantValue value, string field)
    {
        if (IsList(target, value))
        {
            writer.Line($"writer.WriteRaw(name, {field});");
            return;
        }

        var item = value.Values[0];
        writer.Line(value.Kind switch
        {
            ConstantKind.Long => $"writer.WriteNumber(name, {item}L);",
            ConstantKind.Boolean => $"writer.WriteBoolean(name, {item});",
            _ => $"writer.WriteRaw(name, {field});",
        });
    }

    /// <summary>The encoded form of a string or list constant; numbers and booleans need none.</summary>
    private static void EmitConstantField(SourceWriter writer, TargetField target, ConstantValue value, string field)
    {
        if (IsList(target, value))
        {
            var items = value.Kind switch
            {
                ConstantKind.Long => value.Values.Select(item => item + "L"),
                ConstantKind.Boolean => value.Values.Select(item => item),
                _ => value.Values.Select(CSharp.String),
            };
            writer.Line($"private static readonly byte[] {field} = {Types.ConstantJson}.List({string.Join(", ", items)});");
        }
        else if (value.Kind is not (ConstantKind.Long or ConstantKind.Boolean))
        {
            writer.Line($"private static readonly byte[] {field} = {Types.ConstantJson}.String({CSharp.String(value.Values[0])});");
        }
    }
}
