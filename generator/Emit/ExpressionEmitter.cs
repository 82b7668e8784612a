using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using EcsForge.Generator.Expressions;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Emit;

/// <summary>
/// Emits C# statements computing templates and expressions over pipeline values: every sub-expression lands in a
/// local, <c>and</c>/<c>or</c>/<c>if</c> evaluate only the branch they need, Jinja scopes become C# blocks. The
/// emitted code expects locals <c>arena</c> (ValueArena), <c>fields</c> (EventFields), <c>render</c> and <c>s</c> (the stages).
/// </summary>
internal sealed class ExpressionEmitter
{
    private const string Value = "global::EcsForge.Pipelines.Value";
    private const string Ops = "global::EcsForge.Pipelines.Ops";

    private readonly SourceWriter _writer;
    private readonly IReadOnlyDictionary<string, (string Output, string Field)> _stages;
    private readonly ICollection<string> _actionStages;
    private readonly List<Dictionary<string, string>> _scopes = new();
    private readonly Stack<(string Index, string Count)> _loops = new();
    private int _temps;

    /// <param name="actionStages">Action stages' names, read back as the fields written so far (see <see cref="EmitAttribute"/>).</param>
    public ExpressionEmitter(SourceWriter writer, IReadOnlyDictionary<string, (string Output, string Field)> stages, ICollection<string> actionStages)
    {
        _writer = writer;
        _stages = stages;
        _actionStages = actionStages;
    }

    /// <summary>
    /// Emits a parse step's input: a single <c>{{ expression }}</c> is the referenced value itself, as the platform
    /// reads an <c>input_field</c>; anything else is rendered.
    /// </summary>
    public string EmitInput(List<TemplateNode> nodes)
    {
        if (!JinjaTemplate.IsSingleExpression(nodes, out var expression))
        {
            return EmitTemplate(nodes);
        }

        OpenScope(nodes);
        var value = Emit(expression);
        _scopes.RemoveAt(_scopes.Count - 1);
        return value;
    }

    /// <summary>Emits a template; returns the local holding its value (native rendering).</summary>
    public string EmitTemplate(List<TemplateNode> nodes)
    {
        OpenScope(nodes);
        string result;
        if (JinjaTemplate.IsSingleExpression(nodes, out var expression))
        {
            // One output is its value; text that is a list or dict literal becomes it (see RenderBuffer).
            result = Temp();
            _writer.Line($"var {result} = global::EcsForge.Pipelines.RenderBuffer.Single(arena, {Emit(expression)});");
        }
        else
        {
            _writer.Line("render.Clear();");
            EmitNodes(nodes);
            result = Temp();
            _writer.Line($"var {result} = render.Finish();");
        }

        _scopes.RemoveAt(_scopes.Count - 1);
        return result;
    }

    private void EmitNodes(List<TemplateNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    _writer.Line($"render.Add({Value}.FromConstant({CSharp.String(text.Text)}));");
                    break;
                case OutputNode output:
                    _writer.Line($"render.Add({Emit(output.Expression)});");
                    break;
                case SetNode set:
                    EmitSet(set);
                    break;
                case IfNode branches:
                    EmitIf(branches, 0);
                    break;
                case ForNode loop:
                    EmitFor(loop);
                    break;
            }
        }
    }

    private void EmitSet(SetNode set)
    {
        var value = Emit(set.Value);
        if (set.Targets.Count == 1)
        {
            _writer.Line($"{Resolve(set.Targets[0].Identifier)} = {value};");
            return;
        }

        for (var i = 0; i < set.Targets.Count; i++)
        {
            _writer.Line($"{Resolve(set.Targets[i].Identifier)} = {Ops}.Unpack(arena, {value}, {i}, {set.Targets.Count});");
        }
    }

    private void EmitIf(IfNode node, int branch)
    {
        var (condition, body) = (node.Branches[branch].Key, node.Branches[branch].Value);
        var test = Emit(condition);
        _writer.Open($"if ({Ops}.Truthy(arena, {test}))");
        EmitNodes(body);
        _writer.Close();
        if (branch + 1 < node.Branches.Count)
        {
            _writer.Open("else");
            EmitIf(node, branch + 1);
            _writer.Close();
        }
        else if (node.Otherwise is not null)
        {
            _writer.Open("else");
            EmitNodes(node.Otherwise);
            _writer.Close();
        }
    }

    private void EmitFor(ForNode loop)
    {
        var sequence = Temp();
        _writer.Line($"var {sequence} = {Ops}.Iterable(arena, {Emit(loop.Iterable)});");
        if (loop.Filter is not null)
        {
            var filtered = Temp();
            _writer.Line($"var {filtered} = arena.NewList();");
            EmitLoop(sequence, loop.Targets, new List<TemplateNode>(), item =>
            {
                var keep = Emit(loop.Filter);
                _writer.Open($"if ({Ops}.Truthy(arena, {keep}))");
                _writer.Line($"arena.Append({filtered}, {item});");
                _writer.Close();
            });
            sequence = filtered;
        }

        var count = EmitLoop(sequence, loop.Targets, loop.Body, _ => EmitNodes(loop.Body));
        if (loop.Otherwise is not null)
        {
            _writer.Open($"if ({count} == 0)");
            EmitNodes(loop.Otherwise);
            _writer.Close();
        }
    }

    /// <summary>A loop over a list with its targets bound and the body's own scope; returns the local holding the count.</summary>
    private string EmitLoop(string sequence, List<Name> targets, List<TemplateNode> body, System.Action<string> emitBody)
    {
        var count = Temp();
        var index = Temp();
        var item = Temp();
        _writer.Line($"var {count} = arena.Count({sequence});");
        _writer.Open($"for (var {index} = 0; {index} < {count}; {index}++)");
        _writer.Line($"var {item} = arena.Item({sequence}, {index});");
        var scope = new Dictionary<string, string>();
        _scopes.Add(scope);
        for (var i = 0; i < targets.Count; i++)
        {
            var local = Declare(scope, targets[i].Identifier);
            _writer.Line(targets.Count == 1
                ? $"var {local} = {item};"
                : $"var {local} = {Ops}.Unpack(arena, {item}, {i}, {targets.Count});");
        }

        DeclareAssigned(scope, body);
        _loops.Push((index, count));
        emitBody(item);
        _loops.Pop();
        _scopes.RemoveAt(_scopes.Count - 1);
        _writer.Close();
        return count;
    }

    private void OpenScope(List<TemplateNode> nodes)
    {
        var scope = new Dictionary<string, string>();
        _scopes.Add(scope);
        DeclareAssigned(scope, nodes);
    }

    /// <summary>Declares the names a scope assigns, starting from the value they have outside it (Jinja's scoping).</summary>
    private void DeclareAssigned(Dictionary<string, string> scope, List<TemplateNode> nodes)
    {
        foreach (var name in TemplateChecker.AssignedNames(nodes).OrderBy(name => name, System.StringComparer.Ordinal))
        {
            if (scope.ContainsKey(name))
            {
                continue;
            }

            var outer = TryResolve(name);
            var local = Declare(scope, name);
            _writer.Line($"var {local} = {outer ?? Value + ".Absent"};");
        }
    }

    private string Declare(Dictionary<string, string> scope, string name)
    {
        var local = "v_" + Identifier(name) + "_" + _temps++;
        scope[name] = local;
        return local;
    }

    private string? TryResolve(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TryGetValue(name, out var local))
            {
                return local;
            }
        }

        return null;
    }

    private string Resolve(string name) => TryResolve(name) ?? throw new System.InvalidOperationException("undeclared " + name);

    /// <summary>Emits an expression; returns a C# expression (a local or a constant) holding its value.</summary>
    public string Emit(Expr expression)
    {
        switch (expression)
        {
            case Literal literal:
                return EmitLiteral(literal);
            case Name name when TryResolve(name.Identifier) is { } local:
                return local;
            case Name name when _stages.TryGetValue(name.Identifier, out var stage):
                return EmitWholeStage(stage.Output, stage.Field);
            case Name { Identifier: "original" }:
                // The event as received, read whole (Postfix: original.get('log', {})).
                return Assign("pipeline.Original(s.Original)");
            case Name name when name.Identifier == "final" || _actionStages.Contains(name.Identifier):
                // The event read whole (final.get('@timestamp'): Azure network watcher).
                return Assign("fields.All()");
            case Name:
                // An unknown name: Jinja's undefined (the reader warned about it).
                return Value + ".Absent";
            case GetAttribute attribute:
                return EmitAttribute(attribute);
            case GetItem item:
                return Assign($"{Ops}.Item(arena, {Emit(item.Target)}, {Emit(item.Key)})");
            case SliceOf slice:
                return Assign($"{Ops}.Slice(arena, {Emit(slice.Target)}, {Optional(slice.From)}, {Optional(slice.To)}, {Optional(slice.Step)})");
            case MethodCall call when BuiltinBinding.Find(Builtins.Methods, call.Method) is null:
                // Reported as ECSG034: Python raises here, so the action sets nothing.
                return Value + ".Error";
            case MethodCall call:
                return EmitBuiltin(Builtins.Methods, "Methods", call.Method, Emit(call.Receiver), call.Arguments, "method");
            case FilterCall filter:
                return EmitBuiltin(Builtins.Filters, "Filters", filter.Name, Emit(filter.Input), filter.Arguments, "filter");
            case TestCall test:
                var builtin = BuiltinBinding.Find(Builtins.Tests, test.Name)!;
                var input = Emit(test.Input);
                return Assign($"{Value}.Bool({(test.Negated ? "!" : string.Empty)}global::EcsForge.Pipelines.Tests.{builtin.Method}(arena, {input}))");
            case Binary binary:
                return EmitBinary(binary);
            case Unary unary:
                var operand = Emit(unary.Operand);
                return Assign(unary.Op switch
                {
                    "not" => $"{Ops}.Not(arena, {operand})",
                    "-" => $"{Ops}.Negate(arena, {operand})",
                    _ => $"{Ops}.Plus(arena, {operand})",
                });
            case Compare compare:
                return EmitCompare(compare);
            case Conditional conditional:
                return EmitConditional(conditional);
            case ListLiteral list:
                var values = list.Items.Select(Emit).ToList();
                var result = Assign($"arena.NewList({System.Math.Max(values.Count, 1)})");
                foreach (var value in values)
                {
                    _writer.Line($"arena.Append({result}, {value});");
                }

                // Python raises while it builds a list around an item that raised (Postfix: [parse_email_from.message.x]
                // when that stage never ran), so nothing is set.
                foreach (var value in values)
                {
                    _writer.Line($"if ({value}.IsError) {result} = {Value}.Error;");
                }

                return result;
            case DictLiteral dict:
                var members = dict.Members.Select(member => (Key: Emit(member.Key), Value: Emit(member.Value))).ToList();
                var created = Assign($"arena.NewDict({System.Math.Max(members.Count, 1)})");
                foreach (var (key, value) in members)
                {
                    _writer.Line($"arena.SetMember({created}, {Ops}.Str(arena, {key}), {value});");
                }

                return created;
            default:
                throw new System.InvalidOperationException("unexpected expression " + expression.GetType().Name);
        }
    }

    private string EmitLiteral(Literal literal) => literal.Kind switch
    {
        LiteralKind.None => Value + ".None",
        LiteralKind.True => Value + ".True",
        LiteralKind.False => Value + ".False",
        LiteralKind.Integer => $"{Value}.FromInteger({((long)literal.Value!).ToString(CultureInfo.InvariantCulture)}L)",
        LiteralKind.Float => $"{Value}.FromFloat({((double)literal.Value!).ToString("R", CultureInfo.InvariantCulture)}d)",
        _ => $"{Value}.FromConstant({CSharp.String((string)literal.Value!)})",
    };

    private string EmitAttribute(GetAttribute attribute)
    {
        var path = new List<string>();
        Expr root = attribute;
        while (root is GetAttribute step)
        {
            path.Insert(0, step.Name);
            root = step.Target;
        }

        if (root is Name name && TryResolve(name.Identifier) is null)
        {
            switch (name.Identifier)
            {
                // An action stage's name reads what the stages wrote so far: on the platform it holds what that stage
                // set, the same values unless an earlier stage set the field too (Fortigate's
                // backward_compatibility.action.get("outcome") == None, read in that stage).
                case var identifier when identifier == "final" || _actionStages.Contains(identifier):
                    return Assign($"fields.Read({CSharp.String(string.Join(".", path))})");
                case "original":
                    return path[0] == "message" ? Rest("s.Original", path, 1) : Rest(Assign("pipeline.Original(s.Original)"), path, 0);
                case "loop" when _loops.Count > 0:
                    return Rest(LoopValue(path[0]), path, 1);
            }

            if (_stages.TryGetValue(name.Identifier, out var stage))
            {
                // A stage no step of which passed its filter is undefined, and reading an attribute of it raises (F5
                // BIG-IP's "parse_cef_event.message != None" holds back the CEF stage for a syslog line); one that ran
                // without output reads its output as undefined (a grok key without a case).
                var member = path[0] == stage.Output ? $"s.{stage.Field}" : Value + ".Absent";
                return Rest(Assign($"s.{stage.Field}Ran ? {member} : {Value}.Error"), path, 1);
            }
        }

        return Assign($"{Ops}.Attribute(arena, {Emit(attribute.Target)}, {CSharp.String(attribute.Name)})");
    }

    /// <summary>A stage read as a whole (<c>{% if stage %}</c>): a dict of its output once it ran, else undefined.</summary>
    private string EmitWholeStage(string output, string field)
    {
        var result = Assign(Value + ".Absent");
        _writer.Open($"if (!s.{field}.IsAbsent)");
        _writer.Line($"{result} = arena.NewDict(1);");
        _writer.Line($"arena.AddMember({result}, {Value}.FromConstant({CSharp.String(output)}), s.{field});");
        _writer.Close();
        return result;
    }

    private string Rest(string value, List<string> path, int from)
    {
        for (var i = from; i < path.Count; i++)
        {
            value = Assign($"{Ops}.Attribute(arena, {value}, {CSharp.String(path[i])})");
        }

        return value;
    }

    private string LoopValue(string name)
    {
        var (index, count) = _loops.Peek();
        return name switch
        {
            "index" => $"{Value}.FromInteger({index} + 1)",
            "index0" => $"{Value}.FromInteger({index})",
            "revindex" => $"{Value}.FromInteger({count} - {index})",
            "revindex0" => $"{Value}.FromInteger({count} - {index} - 1)",
            "first" => $"{Value}.Bool({index} == 0)",
            "last" => $"{Value}.Bool({index} == {count} - 1)",
            "length" => $"{Value}.FromInteger({count})",
            _ => Value + ".Absent",
        };
    }

    private string EmitBuiltin(Builtin[] table, string type, string name, string input, Arguments arguments, string kind)
    {
        var builtin = BuiltinBinding.Find(table, name)!;
        var bound = BuiltinBinding.Bind(builtin, arguments, kind, out _);
        var values = bound.Select(argument => argument is null ? Value + ".Absent" : Emit(argument)).ToList();
        var call = $"global::EcsForge.Pipelines.{type}.{builtin.Method}(arena, {input}{string.Concat(values.Select(value => ", " + value))})";
        return Assign(call);
    }

    private string EmitBinary(Binary binary)
    {
        if (binary.Op is "and" or "or")
        {
            var left = Emit(binary.Left);
            var result = Temp();
            _writer.Line($"var {result} = {left};");
            _writer.Open(binary.Op == "and" ? $"if ({Ops}.Truthy(arena, {result}))" : $"if (!{Ops}.Truthy(arena, {result}))");
            var right = Emit(binary.Right);
            _writer.Line($"{result} = {right};");
            _writer.Close();
            return result;
        }

        var a = Emit(binary.Left);
        var b = Emit(binary.Right);
        var method = binary.Op switch
        {
            "+" => "Add",
            "-" => "Subtract",
            "*" => "Multiply",
            "/" => "Divide",
            "//" => "FloorDivide",
            "%" => "Modulo",
            "**" => "Power",
            _ => "Concat",
        };
        return Assign($"{Ops}.{method}(arena, {a}, {b})");
    }

    private string EmitCompare(Compare compare)
    {
        var left = Emit(compare.First);
        var result = Temp();
        _writer.Line($"var {result} = {Value}.True;");
        var opened = 0;
        for (var i = 0; i < compare.Rest.Count; i++)
        {
            var (op, rightExpression) = (compare.Rest[i].Key, compare.Rest[i].Value);
            if (i > 0)
            {
                // a < b < c is a < b and b < c: the rest only when the first held.
                _writer.Open($"if ({Ops}.Truthy(arena, {result}))");
                opened++;
            }

            var right = Emit(rightExpression);
            _writer.Line($"{result} = {CompareCall(op, left, right)};");
            left = right;
        }

        for (var i = 0; i < opened; i++)
        {
            _writer.Close();
        }

        return result;
    }

    private static string CompareCall(string op, string left, string right) => op switch
    {
        "==" => $"{Ops}.Equal(arena, {left}, {right})",
        "!=" => $"{Ops}.NotEqual(arena, {left}, {right})",
        "in" => $"{Ops}.In(arena, {left}, {right})",
        "not in" => $"{Ops}.NotIn(arena, {left}, {right})",
        "<" => $"{Ops}.Compare(arena, {left}, {right}, global::EcsForge.Pipelines.Comparison.Less)",
        "<=" => $"{Ops}.Compare(arena, {left}, {right}, global::EcsForge.Pipelines.Comparison.LessOrEqual)",
        ">" => $"{Ops}.Compare(arena, {left}, {right}, global::EcsForge.Pipelines.Comparison.Greater)",
        _ => $"{Ops}.Compare(arena, {left}, {right}, global::EcsForge.Pipelines.Comparison.GreaterOrEqual)",
    };

    private string EmitConditional(Conditional conditional)
    {
        var test = Emit(conditional.Test);
        var result = Temp();
        _writer.Line($"var {result} = {Value}.Absent;");
        _writer.Open($"if ({Ops}.Truthy(arena, {test}))");
        _writer.Line($"{result} = {Emit(conditional.Then)};");
        _writer.Close();
        if (conditional.Otherwise is not null)
        {
            _writer.Open("else");
            _writer.Line($"{result} = {Emit(conditional.Otherwise)};");
            _writer.Close();
        }

        return result;
    }

    private string Optional(Expr? expression) => expression is null ? Value + ".Absent" : Emit(expression);

    private string Assign(string expression)
    {
        var local = Temp();
        _writer.Line($"var {local} = {expression};");
        return local;
    }

    private string Temp() => "t" + _temps++;

    private static string Identifier(string name)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return builder.ToString();
    }
}
