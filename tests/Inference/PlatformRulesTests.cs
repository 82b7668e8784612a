using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using EcsForge.Routing;
using EcsForge.Tests.Datasets;
using Xunit;

namespace EcsForge.Tests.Inference;

/// <summary>
/// One test per rule of the platform's post-processing (generator/Inference/PlatformRules), each on an event written
/// by hand from the rule, through a dataset compiled by the generator.
/// </summary>
public sealed class PlatformRulesTests
{
    private static readonly IntakeRouter s_router = new(new[] { PlatformRulesDataset.Format });

    [Fact]
    public void Address_is_the_domain_when_a_group_has_both_a_domain_and_an_ip()
    {
        using var document = Parse("""{"src_ip":"198.51.100.7","src_host":"vpn.example.com"}""");

        Assert.Equal("vpn.example.com", Text(document, "source.address"));
        Assert.Equal("example.com", Text(document, "source.registered_domain"));
        Assert.Equal("vpn", Text(document, "source.subdomain"));
        Assert.Equal("com", Text(document, "source.top_level_domain"));
    }

    [Fact]
    public void Address_is_the_ip_when_a_group_has_no_domain()
    {
        using var document = Parse("""{"src_ip":"198.51.100.7"}""");

        Assert.Equal("198.51.100.7", Text(document, "source.address"));
    }

    [Fact]
    public void A_written_ip_address_keeps_the_address_and_leaves_the_domain_whole()
    {
        using var document = Parse("""{"dst_ip":"203.0.113.5","dst_host":"www.example.org","dst_addr":"203.0.113.5"}""");

        Assert.Equal("203.0.113.5", Text(document, "destination.address"));
        Assert.Null(Text(document, "destination.registered_domain"));
        Assert.Null(Text(document, "destination.top_level_domain"));
        Assert.Null(Text(document, "destination.subdomain"));
    }

    [Fact]
    public void A_written_address_equal_to_the_domain_keeps_the_domain_parts()
    {
        using var document = Parse("""{"dst_host":"www.example.org","dst_addr":"www.example.org"}""");

        Assert.Equal("www.example.org", Text(document, "destination.address"));
        Assert.Equal("example.org", Text(document, "destination.registered_domain"));
    }

    [Fact]
    public void A_missing_written_address_is_inferred_as_if_the_dataset_wrote_none()
    {
        using var document = Parse("""{"dst_ip":"203.0.113.5","dst_host":"api.example.org"}""");

        Assert.Equal("api.example.org", Text(document, "destination.address"));
        Assert.Equal("example.org", Text(document, "destination.registered_domain"));
    }

    [Fact]
    public void Server_gets_no_address()
    {
        using var document = Parse("""{"server_ip":"192.0.2.1"}""");

        Assert.Null(Text(document, "server.address"));
        Assert.Equal(new[] { "192.0.2.1" }, List(document, "related.ip"));
    }

    [Fact]
    public void Client_address_comes_from_its_domain()
    {
        using var document = Parse("""{"client_host":"client01"}""");

        Assert.Equal("client01", Text(document, "client.address"));
        Assert.Equal(new[] { "client01" }, List(document, "related.hosts"));
    }

    [Fact]
    public void Related_ip_takes_the_listed_ip_fields_only()
    {
        using var document = Parse("""{"src_ip":"198.51.100.7","forwarded_ip":"10.0.0.1","indicator_ip":"10.0.0.2"}""");

        Assert.Equal(new[] { "198.51.100.7" }, List(document, "related.ip"));
    }

    [Fact]
    public void Related_user_takes_user_names_and_target_user_names_but_not_ids()
    {
        using var document = Parse("""{"user":"jdoe","target_user":"asmith","user_id":"S-1-5-21"}""");

        Assert.Equal(new[] { "asmith", "jdoe" }, List(document, "related.user"));
    }

    [Fact]
    public void Related_hosts_takes_domains_and_host_names_distinct()
    {
        using var document = Parse("""{"dst_host":"www.example.org","url_host":"www.example.org","hostname":"laptop-42","observer_host":"fw-01"}""");

        Assert.Equal(new[] { "fw-01", "laptop-42", "www.example.org" }, List(document, "related.hosts"));
    }

    [Fact]
    public void Host_name_is_copied_from_host_hostname()
    {
        using var document = Parse("""{"hostname":"laptop-42"}""");

        Assert.Equal("laptop-42", Text(document, "host.name"));
    }

    [Fact]
    public void Related_hash_takes_file_and_process_hashes_but_not_tlsh()
    {
        using var document = Parse("""{"md5":"68b329da9893e34099c7d8ad5cb9c940","process_sha256":"01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b","tlsh":"T1A2B3"}""");

        Assert.Equal(
            new[] { "01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b", "68b329da9893e34099c7d8ad5cb9c940" },
            List(document, "related.hash"));
    }

    [Fact]
    public void Event_outcome_is_copied_from_action_outcome()
    {
        using var document = Parse("""{"outcome":"success"}""");

        Assert.Equal("success", Text(document, "event.outcome"));
        Assert.Equal("success", Text(document, "action.outcome"));
    }

    [Theory]
    [InlineData("""C:\\Windows\\System32\\cmd.exe""", "cmd.exe", """C:\Windows\System32""")]
    [InlineData("/etc/ld.so.preload", "ld.so.preload", "/etc")]
    [InlineData("file:///C:/Windows/Temp/tmp.exe", "tmp.exe", "file:///C:/Windows/Temp")]
    [InlineData("dal_0234.dll", "dal_0234.dll", "")]
    public void File_name_and_directory_are_split_from_the_path_at_its_last_separator(string jsonPath, string name, string directory)
    {
        using var document = Parse($$"""{"path":"{{jsonPath}}"}""");

        Assert.Equal(name, Text(document, "file.name"));
        Assert.Equal(directory, Text(document, "file.directory"));
    }

    [Fact]
    public void A_path_ending_with_a_separator_has_a_directory_and_no_name()
    {
        using var document = Parse("""{"path":"/etc/vmware/"}""");

        Assert.Null(Text(document, "file.name"));
        Assert.Equal("/etc/vmware", Text(document, "file.directory"));
    }

    [Fact]
    public void An_empty_list_is_written_but_an_empty_string_is_not()
    {
        using var document = Parse("""{"labels":[],"user":""}""");

        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("tags").ValueKind);
        Assert.Equal(0, document.RootElement.GetProperty("tags").GetArrayLength());
        Assert.False(document.RootElement.TryGetProperty("user", out _));
    }

    [Fact]
    public void A_condition_against_the_empty_list_keeps_it_out()
    {
        using var empty = Parse("""{"categories":[]}""");
        using var filled = Parse("""{"categories":["network"]}""");

        Assert.False(empty.RootElement.TryGetProperty("event", out _));
        Assert.Equal(new[] { "network" }, List(filled, "event.category"));
    }

    private static JsonDocument Parse(string message)
    {
        var output = new ArrayBufferWriter<byte>();
        var result = s_router.Parse(PlatformRulesDataset.Format, Encoding.UTF8.GetBytes(message), output);
        Assert.True(result.Success, result.Reason);
        return JsonDocument.Parse(output.WrittenMemory);
    }

    private static JsonElement? Find(JsonDocument document, string dottedName)
    {
        var element = document.RootElement;
        foreach (var segment in dottedName.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element))
            {
                return null;
            }
        }

        return element;
    }

    private static string? Text(JsonDocument document, string dottedName) => Find(document, dottedName)?.GetString();

    private static string[] List(JsonDocument document, string dottedName)
        => Find(document, dottedName) is { } list ? list.EnumerateArray().Select(item => item.GetString()!).OrderBy(item => item, System.StringComparer.Ordinal).ToArray() : System.Array.Empty<string>();
}
