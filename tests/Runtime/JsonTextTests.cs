using System.Text;
using System.Text.Json;
using CsCheck;
using EcsForge.Parsing;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>The JSON string literals stored for lists built from text (split items, kept addresses).</summary>
public sealed class JsonTextTests
{
    [Theory]
    [InlineData("Users", "\"Users\"")]
    [InlineData("", "\"\"")]
    [InlineData("Équipe IT", "\"Équipe IT\"")]
    [InlineData("a\"b", "\"a\\\"b\"")]
    [InlineData("CORP\\user", "\"CORP\\\\user\"")]
    [InlineData("tab\there", "\"tab\\u0009here\"")]
    public void A_string_is_stored_quoted_with_its_escapes(string text, string expected)
        => Assert.Equal(expected, Stored(text));

    [Fact]
    public void Any_string_stored_reads_back_as_itself()
    {
        var text = Gen.OneOf(Gen.Char['\u0000', '\u007f'], Gen.Const('é'), Gen.Const('"'), Gen.Const('\\')).Array[0, 24].Select(chars => new string(chars));
        text.Sample(candidate => Assert.Equal(candidate, JsonDocument.Parse(Stored(candidate)).RootElement.GetString()), iter: 5000);
    }

    private static string Stored(string text)
    {
        var scratch = new EventScratch();
        var mark = scratch.Position;
        JsonText.StoreString(scratch, Encoding.UTF8.GetBytes(text));
        var value = scratch.Since(mark, RawKind.String);
        return Encoding.UTF8.GetString(scratch.Slice(value.Start, value.Length));
    }
}
