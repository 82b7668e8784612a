using EcsForge.Generator.Schema;
using Xunit;

namespace EcsForge.Tests.Generator;

public class EcsSchemaTests
{
    [Theory]
    [InlineData("source.ip", "ip")]
    [InlineData("http.response.status_code", "long")]
    [InlineData("@timestamp", "date")]
    [InlineData("url.domain", "keyword")]
    public void KnownFieldHasItsType(string name, string type)
    {
        Assert.True(EcsSchema.TryGetField(name, out var field));
        Assert.Equal(name, field.Name);
        Assert.Equal(type, field.Type);
        Assert.False(string.IsNullOrWhiteSpace(field.Description));
    }

    [Theory]
    [InlineData("event.type")]
    [InlineData("event.category")]
    [InlineData("related.ip")]
    public void ArrayFieldIsFlagged(string name)
    {
        Assert.True(EcsSchema.TryGetField(name, out var field));
        Assert.True(field.IsArray);
    }

    [Fact]
    public void ScalarFieldIsNotFlaggedAsArray()
    {
        Assert.True(EcsSchema.TryGetField("source.ip", out var field));
        Assert.False(field.IsArray);
    }

    [Fact]
    public void UnknownFieldIsNotFound()
    {
        Assert.False(EcsSchema.TryGetField("source.nope", out _));
        Assert.False(EcsSchema.TryGetField("Source.IP", out _));
    }

    [Fact]
    public void SuggestsNameOneEditAway() => Assert.Equal("source.ip", EcsSchema.SuggestClosest("source.iq"));

    [Fact]
    public void SuggestsNameWithTransposedLetters() => Assert.Equal("url.domain", EcsSchema.SuggestClosest("url.dmoain"));

    [Fact]
    public void LongNameAllowsThreeEdits() =>
        Assert.Equal("http.response.status_code", EcsSchema.SuggestClosest("http.respnse.statuscde"));

    [Fact]
    public void ShortNameAllowsOnlyTwoEdits() => Assert.Null(EcsSchema.SuggestClosest("sorce.xq"));

    [Fact]
    public void NoSuggestionForUnrelatedName() => Assert.Null(EcsSchema.SuggestClosest("totally.unrelated.zzz"));

    [Fact]
    public void KnownNameSuggestsItself() => Assert.Equal("source.ip", EcsSchema.SuggestClosest("source.ip"));

    [Fact]
    public void VersionIsReadFromHeader() => Assert.Equal("9.4.0", EcsSchema.Version);

    [Fact]
    public void HoldsTheWholeFlatSchema()
    {
        Assert.True(EcsSchema.FieldNames.Count > 1500);
        Assert.Contains("process.parent.pid", EcsSchema.FieldNames);
        // object/nested/flattened fields are kept too.
        Assert.True(EcsSchema.TryGetField("labels", out var labels));
        Assert.Equal("object", labels.Type);
    }
}
