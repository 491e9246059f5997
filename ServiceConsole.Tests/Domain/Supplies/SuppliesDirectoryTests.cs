using Microsoft.Extensions.Time.Testing;
using ServiceConsole.Domain.Emergency;
using ServiceConsole.Domain.Supplies;

namespace ServiceConsole.Tests.Domain.Supplies;

public sealed class SuppliesDirectoryTests
{
    private readonly FakeTimeProvider _clock = DomainFixtures.Clock();
    private readonly SuppliesDirectory _directory;

    public SuppliesDirectoryTests() => _directory = SuppliesDirectory.Create(Guid.NewGuid(), "admin", DomainFixtures.Start);

    private SupplyContact Add(string name = "张工", SupplyContactRole role = SupplyContactRole.TechnicalTeam, string phone = "0571-87654321", string? note = "夜间值班") =>
        _directory.AddContact(Guid.NewGuid(), name, role, phone, note, "L001", _clock.GetUtcNow());

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_the_supplies_are_ready_only_with_the_technical_team_and_an_outlet_head_on_the_list()
    {
        Assert.Equal([SupplyContactRole.TechnicalTeam, SupplyContactRole.OutletHead], _directory.MissingRoles);

        Add();
        Assert.False(_directory.IsReady);

        Add("王经理", SupplyContactRole.OutletHead, "13800138000", "西湖网点");
        Assert.True(_directory.IsReady);
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_contacts_print_technical_team_first_then_outlet_heads_and_the_edit_is_recorded()
    {
        Add("王经理", SupplyContactRole.OutletHead, "13800138000");
        Add("李主管", SupplyContactRole.Other, "8001");
        _clock.Advance(TimeSpan.FromMinutes(5));
        Add("张工", SupplyContactRole.TechnicalTeam, "400-820-8820");

        Assert.Equal(["张工", "王经理", "李主管"], _directory.Contacts.Select(c => c.Name));
        Assert.Equal(("L001", _clock.GetUtcNow()), (_directory.UpdatedBy, _directory.UpdatedAt));
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_a_contact_can_be_edited_and_removed()
    {
        var contact = Add();

        _directory.UpdateContact(contact.Id, " 张工程师 ", SupplyContactRole.TechnicalTeam, "13900139000", " ", "L002", _clock.GetUtcNow());
        Assert.Equal(("张工程师", "13900139000", (string?)null), (contact.Name, contact.Phone, contact.Note));

        _directory.RemoveContact(contact.Id, "L002", _clock.GetUtcNow());
        Assert.Empty(_directory.Contacts);
        Assert.Throws<KeyNotFoundException>(() => _directory.RemoveContact(contact.Id, "L002", _clock.GetUtcNow()));
    }

    [Theory]
    [Trait("Rule", "EMG-06")]
    [InlineData("", "13800138000", "name")]
    [InlineData("张工", "12", "phone")]
    [InlineData("张工", "1234567890123456", "phone")]
    [InlineData("张工", "138-0013-800x", "phone")]
    public void EMG_06_a_contact_nobody_could_call_is_refused(string name, string phone, string param)
    {
        Assert.Equal(param, Assert.Throws<ArgumentException>(() => Add(name, phone: phone)).ParamName);
        Assert.Empty(_directory.Contacts);
    }

    [Fact]
    public void Phone_lengths_at_the_limits_are_accepted()
    {
        Add("分机", phone: "800");
        Add("国际", phone: "123456789012345");

        Assert.Equal(2, _directory.Contacts.Count);
    }

    [Fact]
    public void The_same_person_with_the_same_number_is_listed_once_and_a_note_is_at_most_200_characters()
    {
        Add("张工", phone: "0571-87654321");

        Assert.Throws<ArgumentException>(() => Add("张工", phone: "057187654321"));
        Add("张工", phone: "13800138000");
        Add("赵工", note: new string('注', SuppliesDirectory.MaxNoteLength));
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => Add("钱工", note: new string('注', SuppliesDirectory.MaxNoteLength + 1))).ParamName);
    }

    [Fact]
    [Trait("Rule", "EMG-06")]
    public void EMG_06_every_column_of_the_paper_form_is_a_field_of_the_outage_waiting_list()
    {
        var properties = typeof(OutageWaitingCustomer).GetProperties().Select(p => p.Name).ToHashSet();

        Assert.All(_directory.FormFields, f => Assert.Contains(f.Key, properties));
        Assert.Equal(
            ["CustomerName", "CustomerPhone", "Issue", "RecordedAt", "RecordedBy"],
            _directory.FormFields.Where(f => f.Required).Select(f => f.Key));
        Assert.Contains("客户姓名", _directory.FormFields.Select(f => f.Label));
    }
}
