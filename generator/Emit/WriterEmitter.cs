using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Inference;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits <c>WriteEvent</c>: resolves every target, derives the inferred fields, then writes the ECS object whose
/// nesting was fixed at compile time (an object is opened only when one of its leaves has a value).
/// </summary>
internal static class WriterEmitter
{
    /// <summary>How many items of a list-valued field <c>related.*</c> keeps.</summary>
    private const int ListFeederCapacity = 16;

    public static void Emit(SourceWriter writer, EmitContext context)
    {
        var tree = BuildTree(context);
        writer.Line("/// <summary>Writes the ECS event from the located raw values.</summary>");
        writer.Open($"private static void WriteEvent({Types.Bytes} input, in SourceValues source, {Types.EventSession} session)");
        EmitResolution(writer, context);
        EmitInference(writer, context);
        writer.Line("var writer = session.Json;");
        writer.Line("writer.WriteStartObject();");
        foreach (var child in tree.Children.Values)
        {
            EmitNode(writer, context, child);
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
        writer.Line();
        EmitPropertyNames(writer, context);
    }

    private static TargetNode BuildTree(EmitContext context)
    {
        var root = new TargetNode(string.Empty);
        foreach (var target in context.Model.Targets)
        {
            root.Add(target.Name, new Leaf(LeafKind.Field, target.Name, string.Empty));
        }

        foreach (var group in context.Inference.AddressGroups)
        {
            root.Add(group + ".address", new Leaf(LeafKind.Address, string.Empty, group));
        }

        foreach (var part in context.Inference.UrlParts)
        {
            root.Add("url." + part, new Leaf(LeafKind.UrlPart, part, "url"));
        }

        foreach (var (field, property) in context.Inference.UserAgentParts)
        {
            root.Add(field, new Leaf(LeafKind.UserAgentPart, property, "user_agent"));
        }

        foreach (var group in context.Inference.DomainGroups)
        {
            root.Add(group.Group + ".registered_domain", new Leaf(LeafKind.RegisteredDomain, group.Field, group.Group, group.AddressField));
            root.Add(group.Group + ".top_level_domain", new Leaf(LeafKind.TopLevelDomain, group.Field, group.Group, group.AddressField));
            root.Add(group.Group + ".subdomain", new Leaf(LeafKind.Subdomain, group.Field, group.Group, group.AddressField));
        }

        if (context.Inference.SplitsPath)
        {
            root.Add(PlatformRules.PathNameField, new Leaf(LeafKind.PathName, PlatformRules.PathField, string.Empty));
            root.Add(PlatformRules.PathDirectoryField, new Leaf(LeafKind.PathDirectory, PlatformRules.PathField, string.Empty));
        }

        foreach (var copy in context.Inference.Copies)
        {
            root.Add(copy.Target, new Leaf(LeafKind.Field, copy.From, string.Empty));
        }

        foreach (var list in context.Inference.RelatedLists)
        {
            root.Add("related." + list.Name, new Leaf(LeafKind.Related, list.Name, string.Empty));
        }

        if (context.Model.Spread is not null)
        {
            root.Add(context.Model.Spread.Into, new Leaf(LeafKind.Spread, context.Model.Spread.Into, string.Empty));
        }

        return root;
    }

    private static void EmitResolution(SourceWriter writer, EmitContext context)
    {
        foreach (var target in context.Model.Targets)
        {
            var variable = context.TargetVariable(target.Name);
            writer.Line(context.RulesFor(target.Name).Any()
                ? $"var {variable} = {RuleEmitter.MethodName(context, target.Name)}(input, in source, session);"
                : $"var {variable} = default({Types.RawValue});");
        }

        if (context.Model.ComputedTargets.Count > 0)
        {
            writer.Line();
            writer.Line("var computed = new Computed();");
            writer.Line("Compute(input, in source, ref computed, session);");
            foreach (var target in context.Model.ComputedTargets)
            {
                var field = "computed." + CSharp.EscapedIdentifier(target);
                var check = RuleEmitter.ShapeCheck(context.Targets[target].Shape, field);
                writer.Open($"if ({field}.HasValue{(check is null ? string.Empty : " && " + check)})");
                writer.Line($"{context.TargetVariable(target)} = {field};");
                writer.Close();
            }
        }

        writer.Line();
    }

    private static void EmitInference(SourceWriter writer, EmitContext context)
    {
        if (context.Inference.UrlParts.Count > 0)
        {
            var original = context.TargetVariable("url.original");
            writer.Line($"var {UrlVariable} = {Types.UrlParts}.Split(session.Bytes(input, {original}), {original});");
            if (context.Inference.UrlParts.Contains("domain"))
            {
                // The inferred domain is split and related as a written url.domain would be.
                writer.Line($"var {context.TargetVariable("url.domain")} = {UrlVariable}.Domain;");
            }
        }

        if (context.Inference.UserAgentParts.Count > 0)
        {
            var original = context.TargetVariable("user_agent.original");
            // Parsed once per distinct string: the shared parser caches recent user agents.
            writer.Line($"var {UserAgentVariable} = {original}.HasValue ? {Types.UserAgentParser}.Shared.Parse(session.Bytes(input, {original}), session.Patterns) : null;");
        }

        foreach (var group in context.Inference.AddressGroups)
        {
            // The dataset's own address first, then the domain, then the IP, as the platform chooses the address.
            var candidates = new[] { group + ".address", group + ".domain", group + ".ip" }.Where(context.Targets.ContainsKey).Select(context.TargetVariable).ToList();
            var expression = $"default({Types.RawValue})";
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                expression = $"{candidates[i]}.Kind == {Types.RawKind}.String ? {candidates[i]} : {expression}";
            }

            writer.Line($"var {AddressVariable(group)} = {expression};");
        }

        var splitGroups = new List<DomainGroup>();
        foreach (var group in context.Inference.DomainGroups)
        {
            var domain = context.TargetVariable(group.Field);
            var parts = DomainVariable(group.Group);
            writer.Line($"var {parts} = default({Types.DomainParts});");
            writer.Line($"bool has_{parts};");
            // Datasets often write one raw host to several domains (destination.domain and url.domain): split it once.
            var keyword = "if";
            foreach (var earlier in splitGroups)
            {
                writer.Open($"{keyword} ({domain}.SameAs(in {context.TargetVariable(earlier.Field)}))");
                writer.Line($"{parts} = {DomainVariable(earlier.Group)};");
                writer.Line($"has_{parts} = has_{DomainVariable(earlier.Group)};");
                writer.Close();
                keyword = "else if";
            }

            var split = $"has_{parts} = {domain}.Kind == {Types.RawKind}.String && {Types.PublicSuffixList}.TrySplit(session.Bytes(input, {domain}), out {parts}, keepUnlisted: true);";
            if (splitGroups.Count == 0)
            {
                writer.Line(split);
            }
            else
            {
                writer.Open("else");
                writer.Line(split);
                writer.Close();
            }

            splitGroups.Add(group);
        }

        if (context.Inference.SplitsPath)
        {
            var path = context.TargetVariable(PlatformRules.PathField);
            writer.Line($"var {PathVariable} = {path}.Kind == {Types.RawKind}.String ? session.Bytes(input, {path}) : default;");
            writer.Line($"var {PathSeparatorVariable} = {Types.MemoryExtensions}.LastIndexOfAny({PathVariable}, (byte)'/', (byte)'\\\\');");
        }

        foreach (var list in context.Inference.RelatedLists)
        {
            // A list feeder (dns.resolved_ip) brings its items: room for a few of them.
            var capacity = list.Feeders.Sum(feeder => context.Targets.TryGetValue(feeder, out var target) && target.Shape == ValueShape.List ? ListFeederCapacity : 1);
            writer.Line($"var {RelatedVariable(list.Name)} = new {Types.RelatedValues}(stackalloc {Types.RawValue}[{capacity}]);");
            foreach (var feeder in list.Feeders)
            {
                writer.Line($"{RelatedVariable(list.Name)}.Add(input, session, {context.TargetVariable(feeder)});");
            }
        }

        writer.Line();
    }

    private static void EmitNode(SourceWriter writer, EmitContext context, TargetNode node)
    {
        if (node.Leaf?.Kind == LeafKind.Spread)
        {
            // Whether the object has any property is only known while copying: the spread opens it lazily.
            writer.Line($"{SpreadEmitter.MethodName}(writer, {context.PropertyName(node.Segment)}, input, session);");
            return;
        }

        writer.Open($"if ({Presence(context, node)})");
        var name = context.PropertyName(node.Segment);
        if (node.Leaf is not null)
        {
            EmitLeaf(writer, context, node.Leaf, name);
        }
        else
        {
            writer.Line($"writer.WriteStartObject({name});");
            foreach (var child in node.Children.Values)
            {
                EmitNode(writer, context, child);
            }

            writer.Line("writer.WriteEndObject();");
        }

        writer.Close();
    }

    private static string Presence(EmitContext context, TargetNode node)
    {
        if (node.Leaf is null)
        {
            return string.Join(" || ", node.Children.Values.Select(child => Presence(context, child)));
        }

        var leaf = node.Leaf;
        return leaf.Kind switch
        {
            LeafKind.Field => context.TargetVariable(leaf.FieldName) + ".IsWritten",
            LeafKind.Address => AddressVariable(leaf.Group) + ".HasValue",
            LeafKind.Subdomain => $"has_{DomainVariable(leaf.Group)} && {DomainVariable(leaf.Group)}.HasSubdomain" + AddressIsDomain(context, leaf),
            LeafKind.PathName => $"{PathSeparatorVariable} + 1 < {PathVariable}.Length",
            LeafKind.PathDirectory => context.TargetVariable(leaf.FieldName) + $".Kind == {Types.RawKind}.String",
            LeafKind.Related => RelatedVariable(leaf.FieldName) + ".Count > 0",
            LeafKind.UserAgentPart => $"{UserAgentVariable}?.{leaf.FieldName} is not null",
            LeafKind.UrlPart => leaf.FieldName == "port" ? UrlVariable + ".HasPort" : $"{UrlVariable}.{UrlProperty(leaf.FieldName)}.HasValue",
            _ => $"has_{DomainVariable(leaf.Group)} && {DomainVariable(leaf.Group)}.HasRegisteredDomain" + AddressIsDomain(context, leaf),
        };
    }

    /// <summary>The condition keeping a group's domain parts out when the address the dataset writes is not the domain.</summary>
    private static string AddressIsDomain(EmitContext context, Leaf leaf)
    {
        if (leaf.AddressField is null)
        {
            return string.Empty;
        }

        var address = context.TargetVariable(leaf.AddressField);
        return $" && (!{address}.HasValue || ({address}.Kind == {Types.RawKind}.String && {Types.MemoryExtensions}.SequenceEqual(session.Bytes(input, {address}), session.Bytes(input, {context.TargetVariable(leaf.FieldName)}))))";
    }

    /// <summary>Writes a leaf with its name: one writer call where the value's JSON type allows it.</summary>
    private static void EmitLeaf(SourceWriter writer, EmitContext context, Leaf leaf, string name)
    {
        switch (leaf.Kind)
        {
            case LeafKind.Field:
                EmitFieldValue(writer, context, context.Targets[leaf.FieldName], name);
                break;
            case LeafKind.Address:
                writer.Line($"writer.WriteString({name}, session.Bytes(input, {AddressVariable(leaf.Group)}));");
                break;
            case LeafKind.Related:
                writer.Line($"{RelatedVariable(leaf.FieldName)}.Write(writer, {name}, input, session);");
                break;
            case LeafKind.PathName:
                writer.Line($"writer.WriteString({name}, {PathVariable}[({PathSeparatorVariable} + 1)..]);");
                break;
            case LeafKind.PathDirectory:
                // A path without separator has the directory "": the platform writes it.
                writer.Line($"writer.WriteString({name}, {PathSeparatorVariable} < 0 ? default : {PathVariable}[..{PathSeparatorVariable}]);");
                break;
            case LeafKind.UserAgentPart:
                writer.Line($"writer.WriteString({name}, {UserAgentVariable}!.{leaf.FieldName}!.Value);");
                break;
            case LeafKind.UrlPart:
                writer.Line(leaf.FieldName == "port"
                    ? $"writer.WriteNumber({name}, {UrlVariable}.Port);"
                    : $"writer.WriteString({name}, session.Bytes(input, {UrlVariable}.{UrlProperty(leaf.FieldName)}));");
                break;
            default:
                var parts = DomainVariable(leaf.Group);
                var range = leaf.Kind switch
                {
                    LeafKind.RegisteredDomain => $"{parts}.RegisteredDomainStart..{parts}.HostLength",
                    LeafKind.TopLevelDomain => $"{parts}.TopLevelDomainStart..{parts}.HostLength",
                    _ => $"..({parts}.RegisteredDomainStart - 1)",
                };
                writer.Line($"writer.WriteString({name}, session.Bytes(input, {context.TargetVariable(leaf.FieldName)})[{range}]);");
                break;
        }
    }

    private static void EmitFieldValue(SourceWriter writer, EmitContext context, TargetField target, string name)
    {
        var variable = context.TargetVariable(target.Name);
        var rules = context.RulesFor(target.Name).ToList();
        var hasConstants = rules.Any(rule => rule.Kind is RuleKind.Constant or RuleKind.Translate);
        var hasValues = rules.Any(rule => rule.Kind is RuleKind.Map or RuleKind.Template) || context.Model.ComputedTargets.Contains(target.Name);
        var constantWrite = $"WriteConstant(writer, {name}, {variable}.Start);";
        var valueWrite = ValueWrite(target.Shape, variable, name);
        if (hasConstants && hasValues)
        {
            writer.Open($"if ({variable}.Kind == {Types.RawKind}.Constant)");
            writer.Line(constantWrite);
            writer.Close();
            writer.Open("else");
            writer.Line(valueWrite);
            writer.Close();
        }
        else
        {
            writer.Line(hasConstants ? constantWrite : valueWrite);
        }
    }

    private static string ValueWrite(ValueShape shape, string variable, string name)
    {
        var arguments = $"writer, {name}, input, session, in {variable}";
        return shape switch
        {
            ValueShape.List => $"{Types.EcsValueWriter}.WriteArrayProperty({arguments});",
            ValueShape.Integer => $"{Types.EcsValueWriter}.WriteIntegerProperty({arguments});",
            ValueShape.Number => $"{Types.EcsValueWriter}.WriteNumberProperty({arguments});",
            ValueShape.Boolean => $"{Types.EcsValueWriter}.WriteBooleanProperty({arguments});",
            ValueShape.Keyword => $"{Types.EcsValueWriter}.WriteKeywordProperty({arguments});",
            _ => $"{Types.EcsValueWriter}.WriteProperty({arguments});",
        };
    }

    private static void EmitPropertyNames(SourceWriter writer, EmitContext context)
    {
        foreach (var pair in context.TakePropertyNames())
        {
            writer.Line($"private static readonly {Types.JsonName} {pair.Value} = {Types.JsonName}.Of({CSharp.String(pair.Key)});");
        }
    }

    private const string UrlVariable = "url_parts";

    private const string UserAgentVariable = "user_agent_details";

    private const string PathVariable = "file_path_text";

    private const string PathSeparatorVariable = "file_path_separator";

    /// <summary>The <c>UrlParts</c> property holding a part: <c>scheme</c> is <c>Scheme</c>.</summary>
    internal static string UrlProperty(string part) => char.ToUpperInvariant(part[0]) + part.Substring(1);

    private static string AddressVariable(string group) => "address_" + CSharp.Identifier(group);

    private static string DomainVariable(string group) => "domain_" + CSharp.Identifier(group);

    private static string RelatedVariable(string name) => "related_" + CSharp.Identifier(name);
}
