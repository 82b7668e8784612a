using System;
using System.Linq;
using EcsForge.Pipelines;
using EcsForge.Pipelines.Scanners;
using Xunit;
using static EcsForge.Tests.Runtime.Pipelines.PipelineValues;

namespace EcsForge.Tests.Runtime.Scanners;

/// <summary>
/// The text format scanners of <c>kv.parse-kv</c>, <c>cef.parse-cef</c>, <c>leef.parse-leef</c> and
/// <c>dsv.parse-dsv</c> on inputs taken from the catalogue's cases (../shared/catalogue, cited per test), then edges,
/// bad input and cost.
/// </summary>
public sealed class TextScannerTests
{
    private readonly ValueArena _arena = new();

    private string Show(Value value) => Repr(_arena, value);

    private string KeyValue(string text, string item = @"\s", string value = "=")
        => Show(KeyValueScanner.Parse(_arena, S(text), TextSeparator.Parse(item), TextSeparator.Parse(value)));

    [Fact]
    public void Key_value_reads_a_fortigate_line_with_quotes_and_bare_values()
    {
        // Fortinet/fortigate/tests/DNS.STANDARD.json (item_sep \s, value_sep =)
        const string Line = "time=15:51:59 devname=\"my-device\" devid=\"1111111111111111\" eventtime=1668001919663486001 tz=\"+0100\" "
            + "logid=\"1500054000\" type=\"utm\" subtype=\"dns\" eventtype=\"dns-query\" level=\"information\" vd=\"root\" policyid=1685 "
            + "profile=\"DNS Filtering Normal\" xid=42240 qtype=\"NS\" qtypeval=2 qclass=\"IN\"";
        Assert.Equal(
            "{'time': '15:51:59', 'devname': 'my-device', 'devid': '1111111111111111', 'eventtime': '1668001919663486001', "
            + "'tz': '+0100', 'logid': '1500054000', 'type': 'utm', 'subtype': 'dns', 'eventtype': 'dns-query', 'level': 'information', "
            + "'vd': 'root', 'policyid': '1685', 'profile': 'DNS Filtering Normal', 'xid': '42240', 'qtype': 'NS', 'qtypeval': '2', 'qclass': 'IN'}",
            KeyValue(Line));
    }

    [Fact]
    public void Key_value_values_run_to_the_next_key_and_empty_values_stay()
    {
        // Fortinet/fortigate/tests/Configuration_changed.CEF.json's extension, read as the standard kv form would read it.
        Assert.Equal(
            "{'logdesc': 'Configuration changed', 'duser': '', 'sproc': 'console', 'msg': 'Configuration is changed in the admin session'}",
            KeyValue("logdesc=Configuration changed duser= sproc=console msg=Configuration is changed in the admin session"));
    }

    [Fact]
    public void Key_value_quotes_end_a_value_only_where_the_next_item_starts()
    {
        // Ping Identity/pingfederate tests/SSO.json: after the closing quote come two spaces, so the quotes are text
        // and the value runs to the next key; tests/AUTHN_ATTEMPT.json: attributes="" then two spaces reads '""'.
        Assert.Equal(
            "{'status': 'failure', 'attributes': '\"SAML_AUTHN_INSTANT=2025-09-02T02:10:07.629Z,', 'SAML_AUTHN_CTX': 'urn:strong,', "
            + "'SAML_NAME_FORMAT': 'unspecified\"', 'authenticationsourceid': ''}",
            KeyValue("status=\"failure\" attributes=\"SAML_AUTHN_INSTANT=2025-09-02T02:10:07.629Z, SAML_AUTHN_CTX=urn:strong, "
                + "SAML_NAME_FORMAT=unspecified\"  authenticationsourceid=\"\""));
        Assert.Equal("{'attributes': '\"\"', 'next': 'x'}", KeyValue("attributes=\"\"  next=\"x\""));
        // Veeam/veeam_backup tests/event_01.json: a quote inside the quoted value does not end the item (veeam.job.object).
        var veeam = KeyValueScanner.Parse(
            _arena, S("ChangesXML=\"<changes><property internal=\"Syslog\" type=\"Boolean\">On</property></changes>\" UserName=\"jdoe\""),
            TextSeparator.Parse(@"\s"), TextSeparator.Parse("="));
        Assert.Equal("'\"<changes><property'", Show(_arena.Member(veeam, "ChangesXML")));
        Assert.Equal("'jdoe'", Show(_arena.Member(veeam, "UserName")));
        // OpenLDAP/openldap tests/test_search_1.json: doubled quotes around a value lose one pair.
        Assert.Equal("{'base': '\"ou=people,o=example\"', 'scope': '2'}", KeyValue("base=\"\"ou=people,o=example\"\" scope=2"));
        // Fortinet/fortigate tests/test_ssl_certificate_error.json: the last quoted value keeps its "key=" texts.
        Assert.Equal(
            "{'status': 'failure', 'msg': 'Certificate is invalid, subject: /C=XX/OU=Certificate Authority/CN=X/emailAddress=a@example.com'}",
            KeyValue("status=\"failure\" msg=\"Certificate is invalid, subject: /C=XX/OU=Certificate Authority/CN=X/emailAddress=a@example.com\""));
    }

    [Fact]
    public void Key_value_with_a_comma_and_space_separator_reads_keycloak()
    {
        // Keycloak/keycloak-events/tests/test_login_error.json (the JSON message's "message", item_sep ',\s')
        Assert.Equal(
            "{'type': 'LOGIN_ERROR', 'realmId': '00000000-0000-0000-0000-000000000000', 'realmName': 'master', "
            + "'clientId': 'security-admin-console', 'userId': 'null', 'ipAddress': '1.2.3.4', 'error': 'expired_code', 'restart_after_timeout': 'true'}",
            KeyValue(
                "type=\"LOGIN_ERROR\", realmId=\"00000000-0000-0000-0000-000000000000\", realmName=\"master\", clientId=\"security-admin-console\", "
                + "userId=\"null\", ipAddress=\"1.2.3.4\", error=\"expired_code\", restart_after_timeout=\"true\"",
                @",\s"));
    }

    [Fact]
    public void Key_value_with_other_separators()
    {
        Assert.Equal("{'a': '1', 'b': 'x y', 'c': ''}", KeyValue("a=1,b=x y,c=", ","));
        Assert.Equal("{'Host': 'a.b', 'NAS Identifier': 'nas 1'}", KeyValue("Host: a.b; NAS Identifier: nas 1", @";\s", ":"));
        Assert.Equal("{'k': 'v', 'q': 'a b'}", KeyValue("k=v|q=a b", @"\|"));
        Assert.Equal("{'x': '1', 'y': '2'}", KeyValue("x=1\r\ny=2", @"\r\n"));
        Assert.Equal("{'x': '1', 'y': '2'}", KeyValue("x=1;y=2", "[,;]"));

        // CyberArk/cyberark-digital-vault/tests/change_password.json: ExtraDetails after the pipeline's replace(';', '$HdQYoHsx$')
        Assert.Equal(
            "{'address': 'domain.infra.client', 'username': 'USER@domain.infra.client'}",
            KeyValue("address=domain.infra.client$HdQYoHsx$username= USER@domain.infra.client$HdQYoHsx$", @"\$HdQYoHsx\$"));
    }

    [Fact]
    public void Key_value_edges_skip_headers_and_keep_escaped_quotes()
    {
        Assert.Equal("{'id': 'fw', 'pri': '6'}", KeyValue("<134>Jan 28 13:46:08 pcs01 PulseSecure: id=fw pri=6"));
        // Google Cloud/Google Kubernetes Engine/tests/gke_container_runtime2.json: an escaped quote stays as written
        Assert.Equal(
            "{'level': 'info', 'msg': 'StopContainer for \\\\\"4c2b\\\\\" with timeout 30 (s)'}",
            KeyValue("level=info msg=\"StopContainer for \\\"4c2b\\\" with timeout 30 (s)\""));
        Assert.Equal("{'a': '\"open'}", KeyValue("a=\"open"));
        Assert.Equal("{}", KeyValue("no pairs here"));
        Assert.Equal("{}", KeyValue(""));
        Assert.Equal("'2'", Show(_arena.Member(KeyValueScanner.Parse(_arena, S("a=1 a=2"), TextSeparator.Parse(@"\s"), TextSeparator.Parse("=")), "a")));
        Assert.Equal("Undefined", Show(KeyValueScanner.Parse(_arena, Value.Absent, TextSeparator.Parse(@"\s"), TextSeparator.Parse("="))));
    }

    [Theory]
    [InlineData(@"\s", null)]
    [InlineData(@",\s", null)]
    [InlineData(@"\$HdQYoHsx\$", null)]
    [InlineData(@"\\r\\n", null)]
    [InlineData("*,*", "the regular expression construct '*'")]
    [InlineData("a+", "the regular expression construct '+'")]
    [InlineData(@"\d", @"the escape '\d'")]
    [InlineData("(a|b)", "the regular expression construct '('")]
    public void Separators_outside_the_subset_are_refused(string pattern, string? error)
    {
        SeparatorSyntax.Parse(pattern, out var actual);
        Assert.Equal(error, actual);
        if (error is not null)
        {
            Assert.Throws<ArgumentException>(() => TextSeparator.Parse(pattern));
        }
    }

    [Fact]
    public void Cef_reads_the_header_and_the_extension()
    {
        // Fortinet/fortigate/tests/Configuration_changed.CEF.json, after the pipeline's replace() of the FortinetFortiGate prefix
        var message = "CEF:0|Fortinet|Fortigate|v6.2.9|32102|event:system|7|deviceExternalId=FGVM2V0000171868 logid=0100032102 "
            + "cat=event:system subtype=system level=alert vd=root eventtime=1637681708541881380 tz=+0100 logdesc=Configuration changed "
            + "duser= sproc=console msg=Configuration is changed in the admin session";
        Assert.Equal(
            "{'CEFVersion': '0', 'DeviceVendor': 'Fortinet', 'DeviceProduct': 'Fortigate', 'DeviceVersion': 'v6.2.9', "
            + "'DeviceEventClassID': '32102', 'Name': 'event:system', 'Severity': '7', 'deviceExternalId': 'FGVM2V0000171868', "
            + "'logid': '0100032102', 'cat': 'event:system', 'subtype': 'system', 'level': 'alert', 'vd': 'root', "
            + "'eventtime': '1637681708541881380', 'tz': '+0100', 'logdesc': 'Configuration changed', 'sproc': 'console', "
            + "'msg': 'Configuration is changed in the admin session'}",
            Show(CefScanner.Parse(_arena, S(message))));
    }

    [Fact]
    public void Cef_names_custom_fields_after_their_labels_and_trims_header_fields()
    {
        // Forcepoint/forcepoint-swg/tests/test_transaction_blocked.json (shortened): the pipeline reads DispositionCode and prefixes "CEF:"
        var forcepoint = CefScanner.Parse(
            _arena, S("CEF: 0|Forcepoint|Security|8.5.4|9|Transaction blocked|7| act=blocked cs1Label=Policy cs1=SupAd**_O365_ cn1Label=DispositionCode cn1=1025"));
        Assert.Equal(
            "{'CEFVersion': '0', 'DeviceVendor': 'Forcepoint', 'DeviceProduct': 'Security', 'DeviceVersion': '8.5.4', 'DeviceEventClassID': '9', "
            + "'Name': 'Transaction blocked', 'Severity': '7', 'act': 'blocked', 'cs1Label': 'Policy', 'cs1': 'SupAd**_O365_', "
            + "'cn1Label': 'DispositionCode', 'cn1': '1025', 'Policy': 'SupAd**_O365_', 'DispositionCode': '1025'}",
            Show(forcepoint));

        // SonicWall/sonicwall-fw/tests/test_cef_app_control_detection_alert.json (shortened): quotes dropped, first duplicate kept
        var sonicwall = CefScanner.Parse(
            _arena, S("CEF:0|SonicWall|NSa 4700|7.0.1|1154|Alert|9|spt= 12345 appName=\"General HTTPS\" sid=7900 msg=\"A, SID: 7900\" msg=\"B\" sid=7800"));
        Assert.Equal("'12345'", Show(_arena.Member(sonicwall, "spt")));
        Assert.Equal("'General HTTPS'", Show(_arena.Member(sonicwall, "appName")));
        Assert.Equal("'7900'", Show(_arena.Member(sonicwall, "sid")));
        Assert.Equal("'A, SID: 7900'", Show(_arena.Member(sonicwall, "msg")));

        // Nozomi/nozomi-cmc/tests/alerts.json (shortened): header and items broken over lines
        var nozomi = CefScanner.Parse(_arena, S("CEF:0|Nozomi Networks|N2OS|19.0.3|SIGN:MALWARE-DETECTED\n |Malware detected|9|\n  app=smb\n  dvc=4.5.6.7\n"));
        Assert.Equal("'SIGN:MALWARE-DETECTED'", Show(_arena.Member(nozomi, "DeviceEventClassID")));
        Assert.Equal("'4.5.6.7'", Show(_arena.Member(nozomi, "dvc")));
    }

    [Fact]
    public void Cef_unescapes_the_header_keeps_extension_escapes_and_refuses_what_is_not_cef()
    {
        Assert.Equal(
            "{'CEFVersion': '0', 'DeviceVendor': 'a|b', 'DeviceProduct': 'p', 'DeviceVersion': '1', 'DeviceEventClassID': 'x', 'Name': 'n', "
            + "'Severity': '5', 'request': 'http://h/?a\\\\=b c', 'cs1': 'line\\\\none'}",
            Show(CefScanner.Parse(_arena, S("<14>host CEF:0|a\\|b|p|1|x|n|5|request=http://h/?a\\=b c cs1=line\\none  "))));
        Assert.Equal("Undefined", Show(CefScanner.Parse(_arena, S("not cef at all"))));
        Assert.Equal("Undefined", Show(CefScanner.Parse(_arena, S("CEF:0|only|three"))));
        Assert.Equal("Undefined", Show(CefScanner.Parse(_arena, S("v0|a|b|c|d|e|f|k=v"))));
    }

    [Fact]
    public void Cef_without_its_prefix_reads_from_the_version_that_opens_the_text_and_leaves_empty_values_out()
    {
        // Varonis test_intrusion.json.
        Assert.Equal(
            "{'CEFVersion': '0', 'DeviceVendor': 'Varonis Inc.', 'DeviceProduct': 'DatAdvantage', 'DeviceVersion': '8.6.32', 'DeviceEventClassID': '5011', "
            + "'Name': 'User locked out', 'Severity': '3', 'rt': 'Oct 14 2024 11:33:51', 'cs1Label': 'MailRecipient', 'cat': 'Alert'}",
            Show(CefScanner.Parse(_arena, S(" 0|Varonis Inc.|DatAdvantage|8.6.32|5011|User locked out|3|rt=Oct 14 2024 11:33:51 dvchost= cs1= cs1Label=MailRecipient cat=Alert"))));
    }

    [Fact]
    public void Cef_drops_the_unpaired_backslash_before_the_space_that_ends_a_value_and_keeps_a_paired_one()
    {
        // Trend Micro Apex One virus_malware_event2.json, once its pipeline turned "\\\\" into "\\".
        Assert.Equal(
            "{'CEFVersion': '0', 'DeviceVendor': 'Trend Micro', 'DeviceProduct': 'Apex Central', 'DeviceVersion': '2019', 'DeviceEventClassID': 'AV', "
            + "'Name': 'W', 'Severity': '3', 'filePath': 'C:\\\\Users\\\\Downloads', 'dst': '10.0.4.5', 'dntdom': 'Workgroup\\\\\\\\', 'msg': 'm'}",
            Show(CefScanner.Parse(_arena, S("CEF:0|Trend Micro|Apex Central|2019|AV|W|3|filePath=C:\\Users\\Downloads\\ dst=10.0.4.5 dntdom=Workgroup\\\\ msg=m"))));
    }

    [Fact]
    public void Leef_1_reads_tab_separated_attributes()
    {
        // CyberArk/cyberark-digital-vault/tests/use_password.json, after the pipeline's replace('\t ', '\t')
        var message = "LEEF:1.0|Cyber-Ark|Vault|14.4.0002|308|sev=6\tAction=Use Password\tEventMessage=Use Password\tOSUser=\tusrName=toto"
            + "\tsrc=1.1.1.1\tSafe=safe_xxx\tshost=1.1.1.1\tdhost=3.3.3.3\tduser= g_pam_demo_01\treason=";
        Assert.Equal(
            "{'LEEFVersion': '1.0', 'DeviceVendor': 'Cyber-Ark', 'DeviceProduct': 'Vault', 'DeviceVersion': '14.4.0002', "
            + "'DeviceEventClassID': '308', 'sev': '6', 'Action': 'Use Password', 'EventMessage': 'Use Password', 'OSUser': '', "
            + "'usrName': 'toto', 'src': '1.1.1.1', 'Safe': 'safe_xxx', 'shost': '1.1.1.1', 'dhost': '3.3.3.3', 'duser': 'g_pam_demo_01', 'reason': ''}",
            Show(LeefScanner.Parse(_arena, S(message))));
    }

    [Fact]
    public void Leef_2_uses_the_declared_delimiter()
    {
        // catalogue/_doc/parser.md's leef.parse-leef example
        Assert.Equal(
            "{'LEEFVersion': '2', 'DeviceVendor': 'Security', 'DeviceProduct': 'threatmanager', 'DeviceVersion': '1.0', "
            + "'DeviceEventClassID': '100', 'src': '10.0.0.1', 'dst': '2.1.2.2', 'spt': '1232'}",
            Show(LeefScanner.Parse(_arena, S("LEEF:2|Security|threatmanager|1.0|100|^|src=10.0.0.1^dst=2.1.2.2^spt=1232"))));
        Assert.Equal(
            "{'LEEFVersion': '2.0', 'DeviceVendor': 'V', 'DeviceProduct': 'P', 'DeviceVersion': '1', 'DeviceEventClassID': 'E', 'a': '1', 'b': '2'}",
            Show(LeefScanner.Parse(_arena, S("LEEF:2.0|V|P|1|E|x09|a=1\tb=2"))));
        Assert.Equal("Undefined", Show(LeefScanner.Parse(_arena, S("LEEF:1.0|V|P"))));
    }

    [Fact]
    public void Delimited_reads_an_umbrella_row_as_python_csv()
    {
        // Umbrella/umbrella-dns/tests: the first field's leading space keeps its quotes, as csv does (the pipeline strips them)
        string[] columns = { "datetime", "user_name", "DATA", "source_ip", "action_type", "dns_question_categories" };
        Assert.Equal(
            "{'datetime': ' \"2020-06-12 14:29:47\"', 'user_name': 'client', 'DATA': 'client,FRBCORP', 'source_ip': '1.1.1.1', "
            + "'action_type': 'Allowed', 'dns_question_categories': 'Software/Technology,Business Services'}",
            Show(DelimitedScanner.Parse(
                _arena, S(" \"2020-06-12 14:29:47\",\"client\",\"client,FRBCORP\",\"1.1.1.1\",\"Allowed\",\"Software/Technology,Business Services\",\"extra\""), columns, ',')));
    }

    [Fact]
    public void Delimited_edges()
    {
        string[] columns = { "a", "b", "c" };
        Assert.Equal("{'a': 'x', 'b': ''}", Show(DelimitedScanner.Parse(_arena, S("x;"), columns, ';')));
        Assert.Equal("{'a': 'say \"hi\"', 'b': 'tail', 'c': 'q\"x'}", Show(DelimitedScanner.Parse(_arena, S("\"say \"\"hi\"\"\",\"ta\"il,q\"x"), columns, ',')));
        Assert.Equal("{'a': 'open, rest'}", Show(DelimitedScanner.Parse(_arena, S("\"open, rest"), columns, ',')));
    }

    [Fact]
    public void Xml_reads_a_scheduled_task_as_xmltodict()
    {
        // Windows/windows/tests/Event_4698.json: TaskContent once unescaped (shortened to its declaration, root and actions)
        var task = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\r\n"
            + "  <Triggers>\r\n    <BootTrigger>\r\n      <Enabled>true</Enabled>\r\n    </BootTrigger>\r\n  </Triggers>\r\n"
            + "  <Actions Context=\"Author\">\r\n    <Exec>\r\n      <Command>C:\\Program Files (x86)\\Microsoft\\EdgeUpdate\\MicrosoftEdgeUpdate.exe</Command>\r\n"
            + "      <Arguments>/browserreplacement</Arguments>\r\n    </Exec>\r\n  </Actions>\r\n</Task>";
        Assert.Equal(
            "{'Task': {'@version': '1.2', '@xmlns': 'http://schemas.microsoft.com/windows/2004/02/mit/task', "
            + "'Triggers': {'BootTrigger': {'Enabled': 'true'}}, 'Actions': {'@Context': 'Author', 'Exec': {"
            + "'Command': 'C:\\\\Program Files (x86)\\\\Microsoft\\\\EdgeUpdate\\\\MicrosoftEdgeUpdate.exe', 'Arguments': '/browserreplacement'}}}}",
            Show(XmlScanner.Parse(_arena, S(task))));
    }

    [Fact]
    public void Xml_repeats_become_lists_and_malformed_text_is_absent()
    {
        // catalogue/_doc/parser.md's xml.parse-xml example, closed
        Assert.Equal(
            "{'Event': {'Id': '1234', 'Provider': {'Name': 'system', 'Id': '6'}}}",
            Show(XmlScanner.Parse(_arena, S("<Event><Id>1234</Id><Provider><Name>system</Name><Id>6</Id></Provider></Event>"))));
        Assert.Equal(
            "{'a': {'b': ['1', None, {'@k': 'v&w', '#text': '<3'}], 'c': 'x y'}}",
            Show(XmlScanner.Parse(_arena, S("<a><!-- c --><b>1</b><b/><b k='v&amp;w'>&lt;&#51;</b><c><![CDATA[x]]> y</c></a>"))));
        Assert.Equal("Undefined", Show(XmlScanner.Parse(_arena, S("<Event><Id>1</Event>"))));
        Assert.Equal("Undefined", Show(XmlScanner.Parse(_arena, S("<Event><Id>1</Id>"))));
        Assert.Equal("Undefined", Show(XmlScanner.Parse(_arena, S("plain text"))));
        Assert.Equal("Undefined", Show(XmlScanner.Parse(_arena, S("<a/><b/>"))));
    }

    [Fact]
    public void Scanners_stay_safe_on_hostile_input()
    {
        // Many separators and no key, many keys and no separator, unterminated quotes, a megabyte with no delimiter,
        // 10,000 nested elements: no exception, and every result is a dict or absent. Their cost is measured by
        // `bench -- hostile` (time for N, 4N and 16N units; tests carry no timing).
        var inputs = new[]
        {
            string.Concat(Enumerable.Repeat("a b ", 50_000)),
            string.Concat(Enumerable.Repeat("k=", 50_000)),
            string.Concat(Enumerable.Repeat("x=\"", 50_000)),
            string.Concat(Enumerable.Repeat(", ,", 50_000)),
            "CEF:0|a|b|c|d|e|f|" + string.Concat(Enumerable.Repeat("a \\= ", 50_000)),
            "LEEF:2.0|a|b|c|d|^|" + string.Concat(Enumerable.Repeat("^=", 50_000)),
            string.Concat(Enumerable.Repeat("\"\"", 50_000)),
            string.Concat(Enumerable.Repeat("<b>", 50_000)),
            string.Concat(Enumerable.Repeat("<b/>", 50_000)),
            string.Concat(Enumerable.Repeat("<!--", 50_000)),
            new string('x', 1 << 20),
            string.Concat(Enumerable.Repeat("<e>", 10_000)) + "v" + string.Concat(Enumerable.Repeat("</e>", 10_000)),
        };
        foreach (var input in inputs)
        {
            _arena.Reset();
            AssertDictOrAbsent(KeyValueScanner.Parse(_arena, S(input), TextSeparator.Parse(@"\s"), TextSeparator.Parse("=")));
            AssertDictOrAbsent(KeyValueScanner.Parse(_arena, S(input), TextSeparator.Parse(@",\s"), TextSeparator.Parse("=\\s")));
            AssertDictOrAbsent(CefScanner.Parse(_arena, S(input)));
            AssertDictOrAbsent(LeefScanner.Parse(_arena, S(input)));
            AssertDictOrAbsent(DelimitedScanner.Parse(_arena, S(input), new[] { "a", "b" }, ','));
            AssertDictOrAbsent(XmlScanner.Parse(_arena, S(input)));
            AssertDictOrAbsent(XmlScanner.Parse(_arena, S("<a>" + input)));
        }
    }

    private static void AssertDictOrAbsent(in Value value)
        => Assert.True(value.Kind is ValueKind.Dict or ValueKind.Absent, $"got a {value.Kind}");

    [Fact]
    public void Scanning_allocates_nothing_in_steady_state()
    {
        var item = TextSeparator.Parse(@"\s");
        var value = TextSeparator.Parse("=");
        var line = S("a=1 b=\"two words\" c=x\\\"y msg=\"q \\\" q\"");
        var cef = S("CEF:0|V|P|1|E|N|5|src=1.2.3.4 msg=a\\=b");
        string[] columns = { "a", "b" };
        var row = S("\"x\"\"y\",z");
        var xml = S("<a k=\"v\"><b>1</b><b>&amp;&#233;</b></a>");
        for (var warm = 0; warm < 3; warm++)
        {
            _arena.Reset();
            KeyValueScanner.Parse(_arena, line, item, value);
            CefScanner.Parse(_arena, cef);
            DelimitedScanner.Parse(_arena, row, columns, ',');
            XmlScanner.Parse(_arena, xml);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _arena.Reset();
            KeyValueScanner.Parse(_arena, line, item, value);
            CefScanner.Parse(_arena, cef);
            DelimitedScanner.Parse(_arena, row, columns, ',');
            XmlScanner.Parse(_arena, xml);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
