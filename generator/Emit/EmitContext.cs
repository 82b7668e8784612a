using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Inference;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Emit;

/// <summary>What the emitters of one dataset share: the model, its source tree, and the names they agree on.</summary>
internal sealed class EmitContext
{
    private readonly UniqueNames _sourceFields = new(string.Empty, "SourceValues", "Computed", "HasValue");
    private readonly UniqueNames _targetVariables = new("t_");
    private readonly UniqueNames _propertyNames = new("s_name_");
    private readonly SortedDictionary<string, string> _propertyNameFields = new(System.StringComparer.Ordinal);

    public EmitContext(DatasetModel model)
    {
        Model = model;
        Sources = SourceNode.Build(model);
        Inference = InferencePlan.Build(model);
        Targets = model.Targets.ToDictionary(target => target.Name, target => target, System.StringComparer.Ordinal);
    }

    public DatasetModel Model { get; }

    public SourceNode Sources { get; }

    public InferencePlan Inference { get; }

    public Dictionary<string, TargetField> Targets { get; }

    /// <summary>Constants written by id: each distinct (target, constant) pair gets one.</summary>
    public List<(TargetField Target, ConstantValue Value)> Constants { get; } = new();

    public IEnumerable<KeyValuePair<string, string>> PropertyNameFields => _propertyNameFields;

    public string SourceField(string path) => _sourceFields.For(path);

    public string TargetVariable(string target) => _targetVariables.For(target);

    /// <summary>A pre-encoded property name, so the writer never escapes or validates names per event.</summary>
    public string PropertyName(string segment)
    {
        var field = _propertyNames.For(segment);
        _propertyNameFields[segment] = field;
        return field;
    }

    public int ConstantId(TargetField target, ConstantValue value)
    {
        var index = Constants.FindIndex(entry => entry.Target.Name == target.Name && entry.Value.Equals(value));
        if (index >= 0)
        {
            return index;
        }

        Constants.Add((target, value));
        return Constants.Count - 1;
    }

    /// <summary>Rules for one target in attribute order.</summary>
    public IEnumerable<MappingRule> RulesFor(string target) => Model.Rules.Where(rule => rule.Target == target);
}
