using EcsForge.Pipelines;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Pipelines;

/// <summary>The platform's IP, URL, MAC and path filters.</summary>
public sealed class NetworkFilterTests
{
    private readonly ValueArena _arena = new();

    private string Show(Value value) => Repr(_arena, value);

    [Theory]
    [InlineData("1.2.3.4", true, true, false)]
    [InlineData("::1", true, false, true)]
    [InlineData("2001:db8::8a2e:370:7334", true, false, true)]
    [InlineData("::ffff:1.2.3.4", true, false, true)]
    [InlineData("01.2.3.4", false, false, false)] // Python >= 3.9.5 refuses leading zeros
    [InlineData("1.2.3", false, false, false)]
    [InlineData("256.1.1.1", false, false, false)]
    [InlineData("1.2.3.4 ", false, false, false)]
    [InlineData("", false, false, false)]
    [InlineData("example.com", false, false, false)]
    public void Ip_filters_accept_what_python_ip_address_accepts(string text, bool any, bool v4, bool v6)
    {
        Assert.Equal(any, Filters.IsIpAddress(_arena, S(text)).Kind == ValueKind.True);
        Assert.Equal(v4, Filters.IsIpv4(_arena, S(text)).Kind == ValueKind.True);
        Assert.Equal(v6, Filters.IsIpv6(_arena, S(text)).Kind == ValueKind.True);
    }

    [Fact]
    public void Ip_filters_are_false_for_other_values()
    {
        Assert.Equal(ValueKind.False, Filters.IsIpAddress(_arena, Value.Absent).Kind);
        Assert.Equal(ValueKind.False, Filters.IsIpAddress(_arena, Value.None).Kind);
        Assert.Equal(ValueKind.Error, Filters.IsIpAddress(_arena, Value.Error).Kind);
    }

    [Theory]
    [InlineData("https://example.com/a?b", true)]
    [InlineData("ftp://user@host:21", true)]
    [InlineData("  http://x", true)]
    [InlineData("example.com/a", false)]
    [InlineData("mailto:a@b.c", false)]
    [InlineData("http:///path", false)]
    [InlineData("1http://x", false)]
    public void Is_url_needs_a_scheme_and_a_network_location(string text, bool expected)
    {
        Assert.Equal(expected, Filters.IsUrl(_arena, S(text)).Kind == ValueKind.True);
    }

    [Theory]
    // The forms and the output of the catalogue's cases: Cisco/cisco-ise tests, Cisco/cisco-nx-os tests (0050.5683.69cd).
    [InlineData("aabbccddeeff", "AA:BB:CC:DD:EE:FF")]
    [InlineData("AA-BB-CC-DD-EE-FF", "AA:BB:CC:DD:EE:FF")]
    [InlineData("0050.5683.69cd", "00:50:56:83:69:CD")]
    [InlineData("02:00:00:00:00:01", "02:00:00:00:00:01")]
    [InlineData("02:00:00:00:00", null)]
    [InlineData("zz:00:00:00:00:01", null)]
    public void To_mac_address_writes_upper_case_colon_pairs(string text, string? expected)
    {
        var mac = Filters.ToMacAddress(_arena, S(text));
        Assert.Equal(expected is null ? "Error" : $"'{expected}'", Show(mac));
    }

    [Theory]
    [InlineData(@"C:\Windows\System32\cmd.exe", "cmd.exe", @"C:\Windows\System32")]
    [InlineData("/usr/bin/python3", "python3", "/usr/bin")]
    [InlineData(@"C:\cmd.exe", "cmd.exe", @"C:\")]
    [InlineData("/bin", "bin", "/")]
    [InlineData("/a/b/", "", "/a/b")]
    [InlineData("cmd.exe", "cmd.exe", "")]
    [InlineData(@"\\server\share\dir\f.txt", "f.txt", @"\\server\share\dir")]
    [InlineData(@"C:/mixed\seps/f", "f", @"C:/mixed\seps")]
    [InlineData("a//b", "b", "a/")]
    // Doubled separators lose only the last one (VMware ESXi DIFFERENT_EVENTS_1, Windows registry.json).
    [InlineData("/etc/vmware/rhttpproxy/endpoints.conf.d//ccp-endpoints.conf", "ccp-endpoints.conf", "/etc/vmware/rhttpproxy/endpoints.conf.d/")]
    [InlineData(@"C:\\Windows\\System32\\svchost.exe", "svchost.exe", @"C:\\Windows\\System32\")]
    public void Basename_and_dirname_split_unix_and_windows_paths_at_the_last_separator(string path, string basename, string dirname)
    {
        Assert.Equal(basename, _arena.Text(Filters.Basename(_arena, S(path))).ToString());
        Assert.Equal(dirname, _arena.Text(Filters.Dirname(_arena, S(path))).ToString());
    }

    [Fact]
    public void Path_filters_raise_on_non_strings()
    {
        Assert.Equal("Error", Show(Filters.Basename(_arena, Value.Absent)));
        Assert.Equal("Error", Show(Filters.Dirname(_arena, Number(1))));
    }
}
