using System;
using System.Text;
using EcsForge.Text;
using EcsForge.Tests.Support;
using Xunit;

namespace EcsForge.Tests.Runtime;

// Expectations follow Python's ipaddress.ip_address, which the log platform's is_ipaddress filter uses.
public class IpAddressTextTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("1.2.3.4")]
    [InlineData("127.0.0.1")]
    [InlineData("192.168.10.254")]
    [InlineData("255.255.255.255")]
    [InlineData("10.0.100.9")]
    public void Valid_IPv4(string text)
    {
        Assert.True(IpAddressText.IsIPv4(Utf8(text)));
        Assert.False(IpAddressText.IsIPv6(Utf8(text)));
        Assert.True(IpAddressText.IsIpAddress(Utf8(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2.3.256")]
    [InlineData("256.1.1.1")]
    [InlineData("999.1.1.1")]
    [InlineData("1000.1.1.1")]
    [InlineData("0001.1.1.1")]
    [InlineData("01.2.3.4")]
    [InlineData("1.2.3.00")]
    [InlineData("1.2.3.")]
    [InlineData(".1.2.3")]
    [InlineData("1..2.3")]
    [InlineData("1.2.3.4.")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("1.2.3.-4")]
    [InlineData("1.2.3.+4")]
    [InlineData("1.2.3.a")]
    [InlineData("0x1.2.3.4")]
    [InlineData("1.2.3.4/24")]
    [InlineData("1.2.3.4:80")]
    [InlineData("1.2.3.4%eth0")]
    [InlineData("1.2.3.\u0664")] // Arabic-Indic digit four: Python accepts only ASCII digits
    [InlineData("4294967295")]
    [InlineData("12345678901234567890.1.1.1")]
    public void Invalid_IPv4(string text)
    {
        Assert.False(IpAddressText.IsIPv4(Utf8(text)));
        Assert.False(IpAddressText.IsIpAddress(Utf8(text)));
    }

    [Theory]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("1::")]
    [InlineData("1:2:3:4:5:6:7:8")]
    [InlineData("1::8")]
    [InlineData("1:2::7:8")]
    [InlineData("1:2:3:4:5:6:7::")]
    [InlineData("::2:3:4:5:6:7:8")]
    [InlineData("1:2:3:4:5:6::8")]
    [InlineData("2001:db8::ff00:42:8329")]
    [InlineData("2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("FE80::ABCD:Ef01")]
    [InlineData("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("0:0:0:0:0:0:0:0")]
    [InlineData("::ffff:1.2.3.4")]
    [InlineData("::1.2.3.4")]
    [InlineData("1:2:3:4:5:6:1.2.3.4")]
    [InlineData("1::5:6:1.2.3.4")]
    [InlineData("64:ff9b::192.0.2.33")]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%1")]
    [InlineData("::1%a b")] // Python allows any scope text except '%' and '/'
    [InlineData("::ffff:1.2.3.4%eth0")]
    public void Valid_IPv6(string text)
    {
        Assert.True(IpAddressText.IsIPv6(Utf8(text)));
        Assert.False(IpAddressText.IsIPv4(Utf8(text)));
        Assert.True(IpAddressText.IsIpAddress(Utf8(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData(":::")]
    [InlineData("1:2")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7:8::")]
    [InlineData("::1:2:3:4:5:6:7:8")]
    [InlineData("1::2:3:4:5:6:7:8")] // "::" must stand for at least one group
    [InlineData("1::2::3")]
    [InlineData("::1::")]
    [InlineData("1:::2")]
    [InlineData("12345::")]
    [InlineData("g::1")]
    [InlineData(":1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:")]
    [InlineData(":1::2")]
    [InlineData("1::2:")]
    [InlineData(":1")]
    [InlineData("1:")]
    [InlineData(" ::1")]
    [InlineData("::1 ")]
    [InlineData("[::1]")]
    [InlineData("::1/128")]
    [InlineData("fe80::1%")]
    [InlineData("fe80::1%eth0%1")]
    [InlineData("fe80::1%eth0/64")]
    [InlineData("%eth0")]
    [InlineData("::ffff:1.2.3.256")]
    [InlineData("::ffff:01.2.3.4")]
    [InlineData("::ffff:1.2.3")]
    [InlineData("1.2.3.4::")]
    [InlineData("::1.2.3.4:5")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    [InlineData("1:2:3:4:5:6:7:8:1.2.3.4")]
    [InlineData("1::2:3:4:5:6:1.2.3.4")]
    [InlineData("::-1")]
    [InlineData("::+1")]
    [InlineData("::0x1")]
    public void Invalid_IPv6(string text)
    {
        Assert.False(IpAddressText.IsIPv6(Utf8(text)));
        Assert.False(IpAddressText.IsIpAddress(Utf8(text)));
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("localhost")]
    [InlineData("1.2.3.4.example.com")]
    [InlineData("dead:beef")]
    public void Not_an_address(string text) => Assert.False(IpAddressText.IsIpAddress(Utf8(text)));

    [Theory]
    [InlineData("::ffff:1.2.3.4", "1.2.3.4")]
    [InlineData("::FFFF:10.0.0.1", "10.0.0.1")]
    [InlineData("::fFfF:255.255.255.255", "255.255.255.255")]
    [InlineData("0:0:0:0:0:ffff:1.2.3.4", "1.2.3.4")]
    [InlineData("0000:0000:0000:0000:0000:ffff:1.2.3.4", "1.2.3.4")]
    [InlineData("0::ffff:1.2.3.4", "1.2.3.4")]
    [InlineData("::0:ffff:1.2.3.4", "1.2.3.4")]
    [InlineData("0:0::0:ffff:1.2.3.4", "1.2.3.4")]
    public void Mapped_IPv4_is_located(string text, string expected)
    {
        byte[] utf8 = Utf8(text);

        Assert.True(IpAddressText.TryGetMappedIPv4Start(utf8, out int start));
        Assert.Equal(expected, Encoding.UTF8.GetString(utf8.AsSpan(start)));
    }

    [Theory]
    [InlineData("1.2.3.4")]
    [InlineData("::1.2.3.4")] // IPv4-compatible, not mapped
    [InlineData("::ffff:102:304")] // mapped, but no dotted text to slice
    [InlineData("::fffe:1.2.3.4")]
    [InlineData("1::ffff:1.2.3.4")]
    [InlineData("ffff::1.2.3.4")]
    [InlineData("::ffff:0:1.2.3.4")]
    [InlineData("64:ff9b::1.2.3.4")]
    [InlineData("::ffff:1.2.3.4%eth0")] // slicing would keep the scope
    [InlineData("::ffff:1.2.3.256")]
    [InlineData("::ffff:01.2.3.4")]
    [InlineData("::ffff")]
    [InlineData("")]
    public void Mapped_IPv4_is_rejected(string text)
    {
        Assert.False(IpAddressText.TryGetMappedIPv4Start(Utf8(text), out int start));
        Assert.Equal(0, start);
    }

    [Fact]
    public void Does_not_allocate()
    {
        byte[][] inputs = [Utf8("192.168.1.1"), Utf8("2001:db8::ff00:42:8329"), Utf8("::ffff:1.2.3.4"), Utf8("fe80::1%eth0"), Utf8("example.com")];
        int hits = 0;

        var (allocated, calls) = Allocations.Measure(() => hits += Exercise(inputs), repetitions: 1_000);

        Assert.Equal(0, allocated);
        Assert.Equal(calls * 5, hits);
    }

    private static int Exercise(byte[][] inputs)
    {
        int hits = 0;
        foreach (byte[] input in inputs)
        {
            hits += IpAddressText.IsIpAddress(input) ? 1 : 0;
            hits += IpAddressText.TryGetMappedIPv4Start(input, out _) ? 1 : 0;
        }

        return hits;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
