using System.Linq;
using EcsForge.Generator.Inference;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits a pipeline dataset's <c>Infer</c> method: the platform's post-processing (<see cref="PlatformRules"/>, as
/// <see cref="InferencePlan"/> applies them to the fields the dataset can set) as calls on the built event, in the
/// order the rules depend on each other: copies and addresses, the path split, related lists (before the URL parts,
/// whose domain does not feed related.hosts), URL parts, domain parts, user agents.
/// </summary>
internal static class PipelineInferenceEmitter
{
    public static void Emit(SourceWriter writer, DatasetModel model)
    {
        var plan = InferencePlan.Build(model, checkedPerEvent: true);
        writer.Line("/// <summary>The fields the platform infers after the pipeline ran.</summary>");
        writer.Open($"private static void Infer(global::EcsForge.Pipelines.PipelineSession pipeline, {Types.EventSession} session)");
        writer.Line("var fields = pipeline.Fields;");
        foreach (var copy in plan.Copies)
        {
            writer.Line($"fields.Copy({CSharp.String(copy.Target)}, {CSharp.String(copy.From)}{(copy.Overrides ? ", overrides: true" : string.Empty)});");
        }

        foreach (var group in plan.AddressGroups)
        {
            writer.Line($"fields.InferAddress({CSharp.String(group + ".address")}, {CSharp.String(group + ".domain")}, {CSharp.String(group + ".ip")});");
        }

        if (plan.SplitsPath)
        {
            writer.Line($"fields.SplitPath({CSharp.String(PlatformRules.PathField)}, {CSharp.String(PlatformRules.PathNameField)}, {CSharp.String(PlatformRules.PathDirectoryField)});");
        }

        foreach (var related in plan.RelatedLists)
        {
            writer.Line($"fields.InferRelated({CSharp.String("related." + related.Name)}, s_related_{related.Name});");
        }

        if (plan.UrlParts.Count > 0)
        {
            writer.Line($"fields.InferUrlParts(\"url.original\", s_urlParts);");
        }

        foreach (var group in plan.DomainGroups)
        {
            var address = PlatformRules.AddressGroups.Contains(group.Group) ? CSharp.String(group.Group + ".address") : "null";
            var urls = group.Group == "url" ? ", s_urlHosts" : string.Empty;
            writer.Line($"fields.InferDomainParts({CSharp.String(group.Field)}, {CSharp.String(group.Group + ".registered_domain")}, "
                + $"{CSharp.String(group.Group + ".top_level_domain")}, {CSharp.String(group.Group + ".subdomain")}, {address}{urls});");
        }

        if (plan.UserAgentParts.Count > 0)
        {
            writer.Line("var agent = fields.Get(\"user_agent.original\");");
            writer.Open("if (agent.Kind == global::EcsForge.Pipelines.ValueKind.String)");
            writer.Line($"var details = {Types.UserAgentParser}.Shared.Parse(fields.Utf8(agent), session.Patterns);");
            foreach (var (field, property) in plan.UserAgentParts)
            {
                // The platform writes ua-parser's "Other" families too (catalogue: 62 user_agent.name, 173 device.name).
                var text = property switch
                {
                    "Name" => "details?.Agent.Family",
                    "OperatingSystemName" => "details?.OperatingSystem.Family",
                    "DeviceName" => "details?.Device.Family",
                    _ => $"details?.{property}?.Value",
                };
                var local = "ua" + property;
                writer.Open($"if ({text} is {{ }} {local} && !fields.Has({CSharp.String(field)}))");
                writer.Line($"fields.Set({CSharp.String(field)}, global::EcsForge.Pipelines.Value.FromConstant({local}), global::EcsForge.Pipelines.FieldShape.Keep);");
                writer.Close();
            }

            writer.Close();
        }

        writer.Close();
        writer.Line();
        foreach (var related in plan.RelatedLists)
        {
            writer.Line($"private static readonly string[] s_related_{related.Name} = {{ {string.Join(", ", related.Feeders.Select(CSharp.String))} }};");
        }

        if (plan.DomainGroups.Any(group => group.Group == "url"))
        {
            writer.Line($"private static readonly string[] s_urlHosts = {{ {string.Join(", ", PlatformRules.UrlHostFields.Select(CSharp.String))} }};");
        }

        if (plan.UrlParts.Count > 0)
        {
            writer.Line($"private static readonly string[] s_urlParts = {{ {string.Join(", ", plan.UrlParts.Select(part => CSharp.String("url." + part)))} }};");
        }
    }
}
