using System;
using System.Buffers;
using EcsForge.Parsing;
using EcsForge.Routing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>A bug inside a parser (an index past a span's end, a bad argument) is a failed event, never a crash of the host.</summary>
public sealed class ParserBugTests
{
    [Theory]
    [InlineData(typeof(IndexOutOfRangeException))]
    [InlineData(typeof(ArgumentOutOfRangeException))]
    [InlineData(typeof(InvalidOperationException))]
    public void Exception_inside_a_parser_becomes_an_internal_error_result(Type exception)
    {
        var format = new IntakeFormat(Guid.NewGuid(), "buggy", "Buggy", new ThrowingParser(exception), Array.Empty<FieldDescription>());
        var router = new IntakeRouter(new[] { format });
        var output = new ArrayBufferWriter<byte>();

        var result = router.Parse(format, "{}"u8, output);

        Assert.False(result.Success);
        Assert.Equal(ParseFailure.InternalError, result.Failure);
        Assert.Contains(exception.Name, result.Reason);
        Assert.Equal(0, output.WrittenCount);
    }

    private sealed class ThrowingParser : IEventParser
    {
        private readonly Type _exception;

        public ThrowingParser(Type exception) => _exception = exception;

        public ParseResult Parse(ReadOnlySpan<byte> message, EventSession session) => throw (Exception)Activator.CreateInstance(_exception)!;
    }
}
