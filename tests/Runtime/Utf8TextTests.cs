using System.Text;
using System.Text.Unicode;
using CsCheck;
using EcsForge.Text;
using Xunit;

namespace EcsForge.Tests.Runtime;

/// <summary>The router's UTF-8 check agrees with the framework's on any bytes, mostly-ASCII lines included.</summary>
public sealed class Utf8TextTests
{
    [Theory]
    [InlineData("plain ASCII line")]
    [InlineData("realm=\"Équipe IT\" user=é")]
    [InlineData("日本語のテキスト and ASCII")]
    [InlineData("emoji \U0001F600 end")]
    public void Valid_text_is_valid(string text) => Assert.True(Utf8Text.IsValid(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData(new byte[] { (byte)'a', 0xC3 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { (byte)'x', 0xED, 0xA0, 0x80, (byte)'y' })]
    [InlineData(new byte[] { 0xC3, 0xA9, 0xFF })]
    [InlineData(new byte[] { (byte)'a', 0x80, (byte)'b' })]
    public void Invalid_sequences_are_found_wherever_they_are(byte[] bytes)
    {
        Assert.False(Utf8Text.IsValid(bytes));
        Assert.True(Utf8Text.FirstInvalidOffset(bytes) < bytes.Length);
    }

    [Fact]
    public void Any_bytes_get_the_framework_s_answer()
    {
        var mostlyAscii = Gen.Frequency((8, Gen.Byte[0x20, 0x7E]), (1, Gen.Byte[0x80, 0xFF]), (1, Gen.Byte));
        Gen.OneOf(mostlyAscii.Array[0, 80], Gen.Byte.Array[0, 40])
            .Sample(bytes => Assert.Equal(Utf8.IsValid(bytes), Utf8Text.IsValid(bytes)), iter: 20_000);
    }
}
