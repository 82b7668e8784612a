using System.Buffers;
using System.Text.Json;
using EcsForge.Pipelines;
using Xunit;

namespace EcsForge.Tests.Pipelines;

/// <summary>The event a pipeline builds: set, delete, read back, and the nested JSON it is written as.</summary>
public sealed class EventFieldsTests
{
    private readonly ValueArena _arena = new();
    private readonly EventFields _fields;

    public EventFieldsTests()
    {
        _fields = new EventFields(_arena);
    }

    [Fact]
    public void Fields_are_written_nested_in_segment_order()
    {
        _fields.Set("source.port", Value.FromInteger(443), FieldShape.Integer);
        _fields.Set("source.ip", Value.FromConstant("10.0.0.1"), FieldShape.Ip);
        _fields.Set("source-extra", Value.FromConstant("x"), FieldShape.Keep);
        _fields.Set("@timestamp", Value.FromConstant("2024-01-17T12:46:21.000Z"), FieldShape.Date);

        Assert.Equal("""{"@timestamp":"2024-01-17T12:46:21Z","source":{"ip":"10.0.0.1","port":443},"source-extra":"x"}""", Write());
    }

    [Fact]
    public void A_dict_set_whole_and_fields_set_inside_it_are_one_object()
    {
        var properties = _arena.NewDict();
        _arena.SetMember(properties, Value.FromConstant("a"), Value.FromInteger(1));
        _fields.Set("action.properties", properties, FieldShape.Keep);
        _fields.Set("action.properties.b", Value.FromInteger(2), FieldShape.Keep);
        _fields.Set("action.type", Value.FromConstant("t"), FieldShape.Keep);

        Assert.Equal("""{"action":{"properties":{"a":1,"b":2},"type":"t"}}""", Write());
        Assert.Equal(1, _arena.Member(_fields.Get("action.properties"), "a").Integer);
        Assert.Equal(2, _fields.Get("action.properties.b").Integer);
    }

    [Fact]
    public void Empty_values_leave_a_field_as_it_is_and_an_empty_list_is_kept()
    {
        _fields.Set("user.name", Value.FromConstant("alice"), FieldShape.Keyword);
        _fields.Set("user.name", Value.FromConstant(""), FieldShape.Keyword);
        _fields.Set("user.name", Value.None, FieldShape.Keyword);
        _fields.Set("user.name", Value.FromConstant("None"), FieldShape.Keyword);
        _fields.Set("user.name", Value.Error, FieldShape.Keyword);
        _fields.Set("user.roles", _arena.NewList(), FieldShape.Keep);

        Assert.Equal("""{"user":{"name":"alice","roles":[]}}""", Write());
    }

    [Fact]
    public void Ignored_values_are_not_written()
    {
        _fields.Reset(new[] { "-", "N/A" });
        _fields.Set("user.name", Value.FromConstant("-"), FieldShape.Keyword);
        _fields.Set("user.id", Value.FromConstant("N/A"), FieldShape.Keyword);
        _fields.Set("user.email", Value.FromConstant("a@b"), FieldShape.Keyword);

        Assert.Equal("""{"user":{"email":"a@b"}}""", Write());
    }

    [Fact]
    public void Values_take_their_field_shape()
    {
        var details = _arena.NewDict();
        _arena.SetMember(details, Value.FromConstant("k"), Value.FromConstant("v"));
        _fields.Set("a.keyword_number", Value.FromInteger(7), FieldShape.Keyword);
        _fields.Set("a.keyword_bool", Value.False, FieldShape.Keyword);
        _fields.Set("a.keyword_dict", details, FieldShape.Keyword);
        _fields.Set("a.long_text", Value.FromConstant("403"), FieldShape.Integer);
        _fields.Set("a.long_word", Value.FromConstant("abc"), FieldShape.Integer);
        _fields.Set("a.ip6", Value.FromConstant("FE80:000:333:1111:7777:5555:6666:ddd"), FieldShape.Ip);
        _fields.Set("a.float", Value.FromFloat(1), FieldShape.Keep);

        Assert.Equal(
            """{"a":{"float":1.0,"ip6":"fe80:0:333:1111:7777:5555:6666:ddd","keyword_bool":"false","keyword_dict":"{\"k\":\"v\"}","keyword_number":"7","long_text":403}}""",
            Write());
    }

    [Fact]
    public void A_field_reads_back_as_its_shape_holds_it_integer_text_as_an_integer_and_a_number_in_a_keyword_as_text()
    {
        // Windows/windows: process.pid from the Message's "ProcessId: 3912", event.code from EventID 4688.
        _fields.Set("process.pid", Value.FromConstant("3912"), FieldShape.Integer);
        _fields.Set("process.title", Value.FromConstant("abc"), FieldShape.Integer);
        _fields.Set("event.code", Value.FromInteger(4688), FieldShape.Keyword);
        _fields.Set("event.risk_score_text", Value.FromFloat(1.5), FieldShape.Keyword);

        Assert.Equal(ValueKind.Integer, _fields.Get("process.pid").Kind);
        Assert.Equal(3912, _fields.Get("process.pid").Integer);
        Assert.Equal("abc", _arena.Text(_fields.Get("process.title")).ToString());
        Assert.Equal("4688", _arena.Text(_fields.Get("event.code")).ToString());
        Assert.Equal("1.5", _arena.Text(_fields.Get("event.risk_score_text")).ToString());
    }

    [Fact]
    public void Delete_removes_a_field_and_what_is_below_it()
    {
        _fields.Set("a.b", Value.FromInteger(1), FieldShape.Keep);
        _fields.Set("a.c.d", Value.FromInteger(2), FieldShape.Keep);
        _fields.Set("e", Value.FromInteger(3), FieldShape.Keep);
        _fields.Delete("a");

        Assert.Equal("""{"e":3}""", Write());
        Assert.True(_fields.Get("a.b").IsAbsent);
    }

    [Fact]
    public void Delete_of_the_last_field_of_an_object_leaves_the_object_empty()
    {
        _fields.Set("lockself.credential.name", Value.FromConstant("bar"), FieldShape.Keyword);
        _fields.Set("lockself.groups", Value.FromConstant("g"), FieldShape.Keyword);
        _fields.Delete("lockself.credential.name");
        _fields.Delete("never.set");

        Assert.Equal("""{"lockself":{"credential":{},"groups":"g"}}""", Write());
    }

    [Fact]
    public void A_spread_dict_fills_the_fields_it_names_in_their_shapes_and_drops_the_rest()
    {
        var spread = new SpreadFields(new[]
        {
            new SpreadField("host.hostname", FieldShape.Keyword, false),
            new SpreadField("host.ip", FieldShape.Ip, false),
            new SpreadField("host.os.type", FieldShape.Keyword, false),
            new SpreadField("host.uptime", FieldShape.Integer, false),
            new SpreadField("host.labels", FieldShape.Keep, true),
        });
        _fields.Set("host.name", Value.FromConstant("replaced"), FieldShape.Keyword);
        var host = _arena.ParseJson(_arena.String("""
            {"hostname":"h1","ip":["FE80::0011:1","10.0.0.1"],"os":{"type":"linux","kernel":"6.1"},"uptime":"42",
             "labels":{"a":{"b":""}},"unknown":{"x":1},"empty":"","none":null}
            """));
        _fields.Spread("host", host, spread);
        _fields.Set("host.os.type", Value.FromConstant("windows"), FieldShape.Keyword);

        Assert.Equal("""{"host":{"hostname":"h1","ip":["fe80::11:1","10.0.0.1"],"labels":{"a":{"b":""}},"os":{"type":"windows"},"uptime":42}}""", Write());
        Assert.Equal("h1", _arena.Text(_arena.Member(_fields.Get("host"), "hostname")).ToString());
    }

    [Fact]
    public void A_spread_dict_naming_no_field_leaves_its_object_empty_a_list_is_kept_whole_and_anything_else_sets_nothing()
    {
        var spread = new SpreadFields(new[] { new SpreadField("server.name", FieldShape.Keyword, false) });
        _fields.Spread("server", _arena.ParseJson(_arena.String("""{"hostname":"h1","os":{"type":"linux"}}""")), spread);
        _fields.Spread("client", Value.FromConstant("text"), spread);
        _fields.Spread("client", _arena.NewDict(), spread);
        _fields.Spread("observer", _arena.ParseJson(_arena.String("""[{"name":"a"}]""")), spread);

        Assert.Equal("""{"observer":[{"name":"a"}],"server":{}}""", Write());
    }

    [Fact]
    public void A_related_list_fed_only_by_an_empty_list_is_written_empty()
    {
        // Stormshield/stormshield-endpoint-security tests/test_type_113_1.json: host.ip [] gives related.ip [].
        _fields.Set("host.ip", _arena.NewList(), FieldShape.Ip);
        _fields.InferRelated("related.ip", new[] { "source.ip", "host.ip" });

        Assert.Equal("""{"host":{"ip":[]},"related":{"ip":[]}}""", Write());
    }

    [Fact]
    public void A_custom_date_keeps_six_fraction_digits_in_UTC_and_is_normalized_otherwise()
    {
        // CrowdStrike/crowdstrike_falcon tests/automated_lead_summary_event.json, Pradeo/pradeo-mtd tests, GateWatcher/aioniq_ecs tests.
        _fields.Set("d.stage", Value.FromConstant("2025-11-05T14:49:46.000000Z"), FieldShape.CustomDate);
        _fields.Set("d.millis", Value.FromConstant("2020-09-01T00:00:00.000Z"), FieldShape.CustomDate);
        _fields.Set("d.offset", Value.FromConstant("2024-09-09T13:02:34.254441+00:00"), FieldShape.CustomDate);
        _fields.Set("e.ecs", Value.FromConstant("2025-11-05T14:49:46.000000Z"), FieldShape.Date);

        Assert.Equal(
            """{"d":{"millis":"2020-09-01T00:00:00Z","offset":"2024-09-09T13:02:34.254441Z","stage":"2025-11-05T14:49:46.000000Z"},"e":{"ecs":"2025-11-05T14:49:46Z"}}""",
            Write());
    }

    [Fact]
    public void A_field_set_inside_a_dict_set_whole_replaces_the_member_of_that_name()
    {
        // Windows/windows: action.properties set whole, then action.properties.Execution Name set again.
        var properties = _arena.ParseJson(_arena.String("""{"Execution Name":"old","kept":1}"""));
        _fields.Set("action.properties", properties, FieldShape.Keep);
        _fields.Set("action.properties.Execution Name", Value.FromConstant("new"), FieldShape.Keyword);

        Assert.Equal("""{"action":{"properties":{"kept":1,"Execution Name":"new"}}}""", Write());
    }

    [Theory]
    // F5 Networks/f5-big-ip tests/test_asm1.json: url.original is a path, so url.domain gets no parts.
    [InlineData("DASEM.example.org", null, "/path/document.json", """{"url":{"domain":"DASEM.example.org","original":"/path/document.json"}}""")]
    // Imperva/imperva-waf tests/access_security_bad.json: url.full without a scheme is no absolute URL either.
    [InlineData("www.test.com", "www.test.com/", "www.test.com/", """{"url":{"domain":"www.test.com","full":"www.test.com/","original":"www.test.com/"}}""")]
    // Fortinet/fortiproxy tests/dlp.json: url.full is absolute, its host gives the parts.
    [InlineData("example.com", "https://example.com/rmn.png", "/rmn.png",
        """{"url":{"domain":"example.com","full":"https://example.com/rmn.png","original":"/rmn.png","registered_domain":"example.com","top_level_domain":"com"}}""")]
    // F5 Networks/f5-big-ip tests/test_perl_1.json: under the unlisted "test", only a subdomain (tldextract's split).
    [InlineData("test.test", "https://test.test", null, """{"url":{"domain":"test.test","full":"https://test.test","subdomain":"test"}}""")]
    // F5 Networks/f5-big-ip tests/test_afm_1.json: neither set, url.domain gives the parts.
    [InlineData("bigip-3.pme-ds.f5.com", null, null,
        """{"url":{"domain":"bigip-3.pme-ds.f5.com","registered_domain":"f5.com","subdomain":"bigip-3.pme-ds","top_level_domain":"com"}}""")]
    public void Url_domain_parts_come_from_the_host_of_url_full_or_original_when_one_is_set(string domain, string? full, string? original, string expected)
    {
        _fields.Set("url.domain", Value.FromConstant(domain), FieldShape.Keyword);
        if (full is not null)
        {
            _fields.Set("url.full", Value.FromConstant(full), FieldShape.Keyword);
        }

        if (original is not null)
        {
            _fields.Set("url.original", Value.FromConstant(original), FieldShape.Keyword);
        }

        _fields.InferDomainParts("url.domain", "url.registered_domain", "url.top_level_domain", "url.subdomain", null, new[] { "url.full", "url.original" });

        Assert.Equal(expected, Write());
    }

    [Fact]
    public void An_overriding_copy_replaces_a_written_value_and_a_plain_one_does_not()
    {
        // OpenSSH/openssh tests/failed_password.json: event.outcome "success" (# legacy) and action.outcome "failure"
        // give event.outcome "failure"; Windows/windows keeps its own host.name.
        _fields.Set("event.outcome", Value.FromConstant("success"), FieldShape.Keyword);
        _fields.Set("action.outcome", Value.FromConstant("failure"), FieldShape.Keyword);
        _fields.Set("host.name", Value.FromConstant("WIN-1"), FieldShape.Keyword);
        _fields.Set("host.hostname", Value.FromConstant("win-1.example.org"), FieldShape.Keyword);
        _fields.Copy("event.outcome", "action.outcome", overrides: true);
        _fields.Copy("host.name", "host.hostname");

        Assert.Equal(
            """{"action":{"outcome":"failure"},"event":{"outcome":"failure"},"host":{"hostname":"win-1.example.org","name":"WIN-1"}}""",
            Write());
    }

    [Fact]
    public void A_domain_under_an_unlisted_suffix_has_only_a_subdomain()
    {
        // OpenSSH/openssh tests (source.domain "example.local" gives source.subdomain "example"); an IP or a single
        // label gives nothing.
        _fields.Set("source.domain", Value.FromConstant("example.local"), FieldShape.Keyword);
        _fields.Set("destination.domain", Value.FromConstant("localhost"), FieldShape.Keyword);
        _fields.Set("client.domain", Value.FromConstant("10.0.0.1"), FieldShape.Keyword);
        foreach (var group in new[] { "source", "destination", "client" })
        {
            _fields.InferDomainParts(group + ".domain", group + ".registered_domain", group + ".top_level_domain", group + ".subdomain", null);
        }

        Assert.Equal("""{"client":{"domain":"10.0.0.1"},"destination":{"domain":"localhost"},"source":{"domain":"example.local","subdomain":"example"}}""", Write());
    }

    private string Write()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            _fields.Write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
