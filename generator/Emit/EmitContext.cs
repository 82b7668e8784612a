using System.Collections.Generic;
using System.Linq;
using EcsForge.Generator.Inference;
using EcsForge.Generator.Model;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Emit;

/// <summary>
/// What the emitters of one dataset share: the model, its source tree, and the names they agree on.
/// </summary>
/// <remarks>
/// Source fields and target variables are named here, before any code is emitted, so their names do not depend on the
/// order the emitters run in. Constants and pre-encoded property names are collected while emitting and written as a
/// table afterwards: taking a table seals it, and a later request for a new entry throws instead of emitting a reference
/// to an entry that was never written.
/// </remarks>
internal sealed class EmitContext
{
    private readonly UniqueNames _sourceFields = new(string.Empty, "SourceValues", "Computed", "HasValue");
    private readonly UniqueNames _targetVariables = new("t_");
    private readonly UniqueNames _propertyNames = new("s_name_");
    private readonly SortedDictionary<string, string> _propertyNameFields = new(System.StringComparer.Ordinal);
    private readonly List<(TargetField Target, ConstantValue Value)> _constants = new();
    private bool _propertyNamesTaken;
    private bool _constantsTaken;

    public EmitContext(DatasetModel model)
    {
        Model = model;
        Sources = SourceNode.Build(model);
        Inference = InferencePlan.Build(model);
        Targets = model.Targets.ToDictionary(target => target.Name, target => target, System.StringComparer.Ordinal);
        NameSourceFields();
        NameTargetVariables();
        SharedConversions = FindSharedConversions();
    }

    public DatasetModel Model { get; }

    public SourceNode Sources { get; }

    public InferencePlan Inference { get; }

    public Dictionary<string, TargetField> Targets { get; }

    /// <summary>The source field holding a raw value or capture, in the order of the <c>SourceValues</c> struct.</summary>
    public IEnumerable<string> SourcePaths
        => Sources.Captured().Select(node => node.Path).Concat(SourceNode.AllPaths(Model).Where(path => SourceNode.IsCapture(Model, path)));

    public string SourceField(string path) => _sourceFields.For(path);

    /// <summary>
    /// The conversions several rules apply to the same sources (the event code before <c>:</c>, read by four fields of
    /// Pulse): each is computed once per event into a <c>SourceValues</c> field, which those rules read instead.
    /// Only conversions that take slices (no scratch space) are shared, so computing one for a rule that would not
    /// have needed it costs a search and changes nothing.
    /// </summary>
    public IReadOnlyList<SharedConversion> SharedConversions { get; }

    /// <summary>The <c>SourceValues</c> field holding the rule's converted value when it is shared, else null.</summary>
    public string? SharedConversionField(MappingRule rule)
        => SharedConversions.FirstOrDefault(shared => shared.Matches(rule))?.Field;

    public string TargetVariable(string target) => _targetVariables.For(target);

    /// <summary>A pre-encoded property name, so the writer never escapes or validates names per event.</summary>
    public string PropertyName(string segment)
    {
        var field = _propertyNames.For(segment);
        if (!_propertyNameFields.ContainsKey(segment))
        {
            ThrowIfTaken(_propertyNamesTaken, "property name " + segment);
            _propertyNameFields[segment] = field;
        }

        return field;
    }

    /// <summary>The pre-encoded property names requested so far, by segment; no new one can be requested after.</summary>
    public IEnumerable<KeyValuePair<string, string>> TakePropertyNames()
    {
        _propertyNamesTaken = true;
        return _propertyNameFields;
    }

    /// <summary>The id of a constant written by id: each distinct (target, constant) pair gets one.</summary>
    public int ConstantId(TargetField target, ConstantValue value)
    {
        var index = _constants.FindIndex(entry => entry.Target.Name == target.Name && entry.Value.Equals(value));
        if (index >= 0)
        {
            return index;
        }

        ThrowIfTaken(_constantsTaken, "constant of " + target.Name);
        _constants.Add((target, value));
        return _constants.Count - 1;
    }

    /// <summary>The constants requested so far, by id; no new one can be requested after.</summary>
    public IReadOnlyList<(TargetField Target, ConstantValue Value)> TakeConstants()
    {
        _constantsTaken = true;
        return _constants;
    }

    /// <summary>Rules for one target in attribute order.</summary>
    public IEnumerable<MappingRule> RulesFor(string target) => Model.Rules.Where(rule => rule.Target == target);

    private static void ThrowIfTaken(bool taken, string what)
    {
        if (taken)
        {
            throw new System.InvalidOperationException($"The {what} was requested after its table was emitted: emit the table last.");
        }
    }

    private List<SharedConversion> FindSharedConversions()
    {
        var shared = new List<SharedConversion>();
        var candidates = Model.Rules
            .Where(rule => rule.Kind is RuleKind.Map or RuleKind.Translate
                && ConversionTable.Find(rule.Conversion) is { } binding && (binding.Arguments & ConversionArguments.Scratch) == 0)
            .GroupBy(rule => (Sources: SharedConversion.ConvertedSources(rule).ToEquatableArray(), rule.Conversion, rule.Delimiter));
        foreach (var group in candidates.Where(group => group.Count() > 1))
        {
            var (sources, conversion, delimiter) = group.Key;
            // The same conversion with another delimiter needs a name of its own: UniqueNames returns a name's field.
            var name = $"{string.Join(" or ", sources)} {conversion}";
            var sameName = shared.Count(other => other.Sources.Equals(sources) && other.Conversion == conversion);
            var field = _sourceFields.For(sameName == 0 ? name : $"{name} {sameName + 1}");
            shared.Add(new SharedConversion(sources, conversion, delimiter, field));
        }

        return shared;
    }

    private void NameSourceFields()
    {
        foreach (var path in SourcePaths)
        {
            _sourceFields.For(path);
        }
    }

    /// <summary>Targets with rules first: their variables name the resolver methods, emitted before the writer.</summary>
    private void NameTargetVariables()
    {
        foreach (var target in Model.Targets.Where(target => RulesFor(target.Name).Any()).Concat(Model.Targets))
        {
            _targetVariables.For(target.Name);
        }
    }
}
