using System.Collections.Generic;
using System.Linq;
using System.Text;
using EcsForge.Generator.Model;

namespace EcsForge.Generator.Patterns;

/// <summary>
/// Compiles a <see cref="RegexNode"/> tree into a backtracking program whose branch points are memoized by the
/// runtime, so matching is linear in the input whatever the pattern and text.
/// </summary>
internal sealed class PatternCompiler
{
    private readonly List<Builder> _program = new();
    private readonly List<string> _captures = new();
    private int _branches;

    public static PatternModel Compile(string key, string source, RegexNode root)
    {
        var compiler = new PatternCompiler();
        compiler.Emit(root);
        // Grok matches the whole field, as the platform does: "reason '%{DATA:reason}'." must reach the final "'.".
        compiler.Add(PatternOp.End);
        compiler.Add(PatternOp.Match);
        var program = compiler._program.Select(builder => builder.Build()).ToEquatableArray();
        return new PatternModel(key, source, program, compiler._captures.ToEquatableArray(), compiler._branches);
    }

    private void Emit(RegexNode node)
    {
        switch (node)
        {
            case LiteralNode literal:
                Add(PatternOp.Literal).Text = literal.Text;
                break;
            case AnyNode:
                Add(PatternOp.Any);
                break;
            case ClassNode characterClass:
                var instruction = Add(PatternOp.Class);
                instruction.Text = string.Concat(characterClass.Ranges.Select(range => $"{range.Low}{range.High}"));
                instruction.Negated = characterClass.Negated;
                break;
            case ConcatNode concatenation:
                EmitConcatenation(concatenation.Items);
                break;
            case AlternateNode alternation:
                EmitAlternation(alternation.Choices);
                break;
            case RepeatNode repeat:
                EmitRepeat(repeat);
                break;
            case CaptureNode capture:
                var slot = SlotOf(capture.Name);
                Add(PatternOp.Save).Target = 2 * slot;
                Emit(capture.Body);
                Add(PatternOp.Save).Target = (2 * slot) + 1;
                break;
            case TokenNode token:
                var tokenInstruction = Add(PatternOp.Token);
                tokenInstruction.Text = token.Token;
                tokenInstruction.Memo = _branches++;
                break;
            case EndNode:
                Add(PatternOp.End);
                break;
        }
    }

    /// <summary>Adjacent literal characters become one literal, compared in one span operation.</summary>
    private void EmitConcatenation(List<RegexNode> items)
    {
        var pending = new StringBuilder();
        foreach (var item in items)
        {
            if (item is LiteralNode literal)
            {
                pending.Append(literal.Text);
                continue;
            }

            FlushLiteral(pending);
            Emit(item);
        }

        FlushLiteral(pending);
    }

    private void FlushLiteral(StringBuilder pending)
    {
        if (pending.Length > 0)
        {
            Add(PatternOp.Literal).Text = pending.ToString();
            pending.Clear();
        }
    }

    private void EmitAlternation(List<RegexNode> choices)
    {
        var jumpsToEnd = new List<Builder>();
        for (var i = 0; i < choices.Count - 1; i++)
        {
            var split = AddSplit();
            split.Target = _program.Count;
            Emit(choices[i]);
            jumpsToEnd.Add(Add(PatternOp.Jump));
            split.Alternative = _program.Count;
        }

        Emit(choices[choices.Count - 1]);
        foreach (var jump in jumpsToEnd)
        {
            jump.Target = _program.Count;
        }
    }

    private void EmitRepeat(RepeatNode repeat)
    {
        for (var i = 0; i < repeat.Minimum; i++)
        {
            Emit(repeat.Body);
        }

        if (repeat.Maximum < 0)
        {
            var loop = _program.Count;
            var split = AddSplit();
            var body = _program.Count;
            Emit(repeat.Body);
            Add(PatternOp.Jump).Target = loop;
            Prefer(split, body, _program.Count, repeat.Lazy);
            return;
        }

        var optionalSplits = new List<(Builder Split, int Body)>();
        for (var i = repeat.Minimum; i < repeat.Maximum; i++)
        {
            var split = AddSplit();
            optionalSplits.Add((split, _program.Count));
            Emit(repeat.Body);
        }

        foreach (var (split, body) in optionalSplits)
        {
            Prefer(split, body, _program.Count, repeat.Lazy);
        }
    }

    /// <summary>Greedy repeats try the body first; lazy ones try leaving first.</summary>
    private static void Prefer(Builder split, int body, int exit, bool lazy)
    {
        split.Target = lazy ? exit : body;
        split.Alternative = lazy ? body : exit;
    }

    private Builder AddSplit()
    {
        var split = Add(PatternOp.Split);
        split.Memo = _branches++;
        return split;
    }

    private int SlotOf(string name)
    {
        var index = _captures.IndexOf(name);
        if (index >= 0)
        {
            return index;
        }

        _captures.Add(name);
        return _captures.Count - 1;
    }

    private Builder Add(PatternOp op)
    {
        var builder = new Builder(op);
        _program.Add(builder);
        return builder;
    }

    private sealed class Builder
    {
        public Builder(PatternOp op) => Op = op;

        public PatternOp Op { get; }

        public string Text { get; set; } = string.Empty;

        public int Target { get; set; }

        public int Alternative { get; set; }

        public int Memo { get; set; }

        public bool Negated { get; set; }

        public PatternInstruction Build() => new(Op, Text, Target, Alternative, Memo, Negated);
    }
}
