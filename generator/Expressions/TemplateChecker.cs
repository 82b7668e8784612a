using System.Collections.Generic;
using EcsForge.Generator.Shared;

namespace EcsForge.Generator.Expressions;

/// <summary>
/// Checks a parsed template against what the dataset declares: every name is a parse stage, <c>original</c>,
/// <c>final</c> or a variable of the template; every filter, method and test exists and gets arguments it takes.
/// </summary>
internal sealed class TemplateChecker
{
    private readonly ICollection<string> _stages;
    private readonly ICollection<string> _actionStages;
    private readonly List<TemplateProblem> _problems = new();
    private readonly Stack<HashSet<string>> _scopes = new();

    public TemplateChecker(ICollection<string> stages, ICollection<string> actionStages)
    {
        _stages = stages;
        _actionStages = actionStages;
    }

    public List<TemplateProblem> Check(List<TemplateNode> nodes)
    {
        _scopes.Push(AssignedNames(nodes));
        CheckNodes(nodes);
        _scopes.Pop();
        return _problems;
    }

    /// <summary>The names a scope assigns (<c>set</c>, descending into <c>if</c> but not into <c>for</c>, which has its own scope).</summary>
    public static HashSet<string> AssignedNames(List<TemplateNode> nodes)
    {
        var names = new HashSet<string>();
        Collect(nodes, names);
        return names;

        static void Collect(List<TemplateNode> nodes, HashSet<string> names)
        {
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case SetNode set:
                        foreach (var target in set.Targets)
                        {
                            names.Add(target.Identifier);
                        }

                        break;
                    case IfNode branches:
                        foreach (var branch in branches.Branches)
                        {
                            Collect(branch.Value, names);
                        }

                        if (branches.Otherwise is not null)
                        {
                            Collect(branches.Otherwise, names);
                        }

                        break;
                }
            }
        }
    }

    private void CheckNodes(List<TemplateNode> nodes)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case OutputNode output:
                    CheckExpression(output.Expression);
                    break;
                case SetNode set:
                    CheckExpression(set.Value);
                    break;
                case IfNode branches:
                    foreach (var branch in branches.Branches)
                    {
                        CheckExpression(branch.Key);
                        CheckNodes(branch.Value);
                    }

                    if (branches.Otherwise is not null)
                    {
                        CheckNodes(branches.Otherwise);
                    }

                    break;
                case ForNode loop:
                    CheckExpression(loop.Iterable);
                    var scope = AssignedNames(loop.Body);
                    scope.Add("loop");
                    foreach (var target in loop.Targets)
                    {
                        scope.Add(target.Identifier);
                    }

                    _scopes.Push(scope);
                    if (loop.Filter is not null)
                    {
                        CheckExpression(loop.Filter);
                    }

                    CheckNodes(loop.Body);
                    _scopes.Pop();
                    if (loop.Otherwise is not null)
                    {
                        CheckNodes(loop.Otherwise);
                    }

                    break;
            }
        }
    }

    private bool IsVariable(string name)
    {
        foreach (var scope in _scopes)
        {
            if (scope.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private void CheckExpression(Expr expression)
    {
        switch (expression)
        {
            case Name name:
                // An action stage's name reads the fields written so far, as final does.
                if (!IsVariable(name.Identifier) && !_stages.Contains(name.Identifier) && !_actionStages.Contains(name.Identifier)
                    && name.Identifier is not ("original" or "final"))
                {
                    _problems.Add(new TemplateProblem(TemplateProblemKind.UnknownName, name.Start, name.Length, name.Identifier));
                }

                break;
            case GetAttribute attribute:
                CheckExpression(attribute.Target);
                break;
            case GetItem item:
                CheckExpression(item.Target);
                CheckExpression(item.Key);
                break;
            case SliceOf slice:
                CheckExpression(slice.Target);
                CheckOptional(slice.From);
                CheckOptional(slice.To);
                CheckOptional(slice.Step);
                break;
            case MethodCall call:
                CheckExpression(call.Receiver);
                if (BuiltinBinding.Find(Builtins.Methods, call.Method) is null)
                {
                    // Python raises for a method the value does not have, at run time: the action then sets nothing.
                    _problems.Add(new TemplateProblem(TemplateProblemKind.UnknownMethod, call.Start, call.Length, call.Method, BuiltinBinding.Names(Builtins.Methods)));
                    CheckArguments(call.Arguments);
                    break;
                }

                CheckBuiltin(Builtins.Methods, "method", call.Method, call.Arguments, call);
                break;
            case FilterCall filter:
                CheckExpression(filter.Input);
                CheckBuiltin(Builtins.Filters, "filter", filter.Name, filter.Arguments, filter);
                break;
            case TestCall test:
                CheckExpression(test.Input);
                CheckBuiltin(Builtins.Tests, "test", test.Name, test.Arguments, test);
                break;
            case Binary binary:
                CheckExpression(binary.Left);
                CheckExpression(binary.Right);
                break;
            case Unary unary:
                CheckExpression(unary.Operand);
                break;
            case Compare compare:
                CheckExpression(compare.First);
                foreach (var pair in compare.Rest)
                {
                    CheckExpression(pair.Value);
                }

                break;
            case Conditional conditional:
                CheckExpression(conditional.Test);
                CheckExpression(conditional.Then);
                CheckOptional(conditional.Otherwise);
                break;
            case ListLiteral list:
                foreach (var item in list.Items)
                {
                    CheckExpression(item);
                }

                break;
            case DictLiteral dict:
                foreach (var member in dict.Members)
                {
                    CheckExpression(member.Key);
                    CheckExpression(member.Value);
                }

                break;
        }
    }

    private void CheckOptional(Expr? expression)
    {
        if (expression is not null)
        {
            CheckExpression(expression);
        }
    }

    private void CheckArguments(Arguments arguments)
    {
        foreach (var argument in arguments.Positional)
        {
            CheckExpression(argument);
        }

        foreach (var argument in arguments.Keywords)
        {
            CheckExpression(argument.Value);
        }
    }

    private void CheckBuiltin(Builtin[] table, string kind, string name, Arguments arguments, Expr at)
    {
        CheckArguments(arguments);

        var builtin = BuiltinBinding.Find(table, name);
        if (builtin is null)
        {
            _problems.Add(new TemplateProblem(TemplateProblemKind.UnknownBuiltin, at.Start, at.Length, $"unknown {kind} '{name}'; the {kind}s are: {BuiltinBinding.Names(table)}"));
            return;
        }

        BuiltinBinding.Bind(builtin, arguments, kind, out var error);
        if (error is not null)
        {
            _problems.Add(new TemplateProblem(TemplateProblemKind.UnknownBuiltin, at.Start, at.Length, error));
        }
    }
}

internal enum TemplateProblemKind
{
    Syntax,
    UnknownName,
    UnknownBuiltin,
    UnknownMethod,
}

/// <summary>A problem found in a template, at a span of its text.</summary>
internal sealed record TemplateProblem(TemplateProblemKind Kind, int Start, int Length, string Message, string Detail = "");
