package id.kinerjaflow.org.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import id.kinerjaflow.base.ui.Notifications;
import id.kinerjaflow.org.Employee;
import id.kinerjaflow.org.EmployeeData;
import id.kinerjaflow.org.EmploymentType;
import id.kinerjaflow.org.Golongan;
import id.kinerjaflow.org.JabatanType;
import id.kinerjaflow.org.NipValidator;
import id.kinerjaflow.org.NipViolation;
import id.kinerjaflow.org.OrgUnit;
import id.kinerjaflow.org.OrganisationException;
import id.kinerjaflow.org.OrganisationService;
import id.kinerjaflow.org.OrganisationService.EmployeeQuery;
import id.kinerjaflow.org.Problem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Create or edit an employee. Field rules are checked as the user types (Binder); the server's
 * rules (NIP taken, supervisor unknown or in a loop, ...) come back next to the field they concern.
 */
class EmployeeDialog extends Dialog {

    /** The form's own mutable copy of the fields. */
    static final class Form {
        String nip;
        String name;
        EmploymentType employmentType = EmploymentType.PNS;
        String golongan;
        OrgUnit unit;
        String positionTitle;
        JabatanType jabatanType;
        Employee supervisor;
        String email;
        boolean active = true;
    }

    private final OrganisationService organisation;
    private final Employee original;
    private final Consumer<Employee> onSaved;
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();

    final TextField nip = new TextField();
    final TextField name = new TextField();
    final Select<EmploymentType> employmentType = new Select<>();
    final ComboBox<String> golongan = new ComboBox<>();
    final ComboBox<OrgUnit> unit = new ComboBox<>();
    final TextField position = new TextField();
    final ComboBox<JabatanType> jabatanType = new ComboBox<>();
    final ComboBox<Employee> supervisor = new ComboBox<>();
    final EmailField email = new EmailField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final Map<String, HasValidation> fieldsByName = new HashMap<>();

    EmployeeDialog(OrganisationService organisation, Employee employee, boolean readOnly,
                   Consumer<Employee> onSaved) {
        this.organisation = organisation;
        this.original = employee;
        this.onSaved = onSaved;
        setId("employee-dialog");
        setHeaderTitle(getTranslation(employee == null ? "employee.new" : readOnly ? "employee.view"
                : "employee.edit"));
        setWidth("min(48rem, 100vw)");
        setCloseOnOutsideClick(false);

        nip.setLabel(getTranslation("employee.nip"));
        nip.setId("nip");
        nip.setMaxLength(18);
        nip.setHelperText(getTranslation("employee.nip.help"));
        nip.setAllowedCharPattern("[0-9]");
        name.setLabel(getTranslation("employee.name"));
        name.setId("name");
        name.setMaxLength(200);
        employmentType.setLabel(getTranslation("employee.employmentType"));
        employmentType.setItems(EmploymentType.values());
        employmentType.setItemLabelGenerator(t -> getTranslation("employmentType." + t.name()));
        employmentType.setId("employment-type");
        golongan.setLabel(getTranslation("employee.golongan"));
        golongan.setId("golongan");
        golongan.setItemLabelGenerator(g -> g + Golongan.pangkat(g).map(p -> " \u2014 " + p).orElse(""));
        unit.setLabel(getTranslation("employee.unit"));
        List<OrgUnit> units = organisation.units();
        unit.setItems(units);
        unit.setItemLabelGenerator(OrgUnit::getName);
        unit.setId("unit");
        position.setLabel(getTranslation("employee.position"));
        position.setId("position");
        position.setMaxLength(200);
        jabatanType.setLabel(getTranslation("employee.jabatanType"));
        jabatanType.setItems(JabatanType.values());
        jabatanType.setItemLabelGenerator(JabatanType::label);
        jabatanType.setId("jabatan-type");
        supervisor.setLabel(getTranslation("employee.supervisor"));
        supervisor.setHelperText(getTranslation("employee.supervisor.help"));
        supervisor.setId("supervisor");
        supervisor.setItemLabelGenerator(e -> e.getName() + " (" + e.getNip() + ")");
        supervisor.setItems(q -> organisation.searchEmployees(new EmployeeQuery(null, q.getFilter().orElse(null)),
                q.getOffset(), q.getLimit(), null).stream());
        supervisor.setClearButtonVisible(true);
        email.setLabel(getTranslation("employee.email"));
        email.setId("email");
        email.setErrorMessage(getTranslation("employee.EMAIL_INVALID", ""));
        active.setLabel(getTranslation("employee.active"));
        active.setId("active");

        employmentType.addValueChangeListener(e -> {
            golongan.setItems(e.getValue() == null ? List.of() : Golongan.valuesFor(e.getValue()));
            if (e.isFromClient()) {
                golongan.clear();
                binder.validate();
            }
        });

        bind();
        fieldsByName.putAll(Map.of("nip", nip, "name", name, "employment_type", employmentType,
                "golongan", golongan, "unit_code", unit, "position", position, "jabatan_type", jabatanType,
                "supervisor_nip", supervisor, "email", email));

        FormLayout layout = new FormLayout(nip, name, employmentType, golongan, unit, position, jabatanType,
                supervisor, email, active);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(layout);

        if (employee != null) {
            form.nip = employee.getNip();
            form.name = employee.getName();
            form.employmentType = employee.getEmploymentType();
            form.golongan = employee.getGolongan();
            form.unit = units.stream().filter(u -> u.getId().equals(employee.getUnit().getId()))
                    .findFirst().orElse(null);
            form.positionTitle = employee.getPosition().getTitle();
            form.jabatanType = employee.getPosition().getJabatanType();
            form.supervisor = employee.getSupervisor();
            form.email = employee.getEmail();
            form.active = employee.isActive();
        }
        golongan.setItems(Golongan.valuesFor(form.employmentType));
        binder.readBean(form);

        Button cancel = new Button(getTranslation(readOnly ? "action.close" : "action.cancel"), e -> close());
        save.setText(getTranslation("action.save"));
        save.setId("save-employee");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(!readOnly);
        getFooter().add(cancel, save);
        binder.setReadOnly(readOnly);
    }

    private void bind() {
        String required = getTranslation("field.REQUIRED");
        binder.forField(nip).asRequired(required).withValidator(this::validateNip)
                .bind(f -> f.nip, (f, v) -> f.nip = v);
        binder.forField(name).asRequired(required).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(employmentType).asRequired(required)
                .bind(f -> f.employmentType, (f, v) -> f.employmentType = v);
        binder.forField(golongan).asRequired(required)
                .withValidator(g -> employmentType.getValue() == null
                                || Golongan.isValid(employmentType.getValue(), g),
                        getTranslation("employee.GOLONGAN_INVALID.short"))
                .bind(f -> f.golongan, (f, v) -> f.golongan = v);
        binder.forField(unit).asRequired(required).bind(f -> f.unit, (f, v) -> f.unit = v);
        binder.forField(position).asRequired(required).bind(f -> f.positionTitle, (f, v) -> f.positionTitle = v);
        binder.forField(jabatanType).asRequired(required).bind(f -> f.jabatanType, (f, v) -> f.jabatanType = v);
        binder.forField(supervisor)
                .withValidator(s -> s != null || jabatanType.getValue() == null || jabatanType.getValue().isJpt(),
                        getTranslation("employee.SUPERVISOR_REQUIRED"))
                .withValidator(s -> s == null || original == null || !s.getId().equals(original.getId()),
                        getTranslation("employee.SUPERVISOR_SELF"))
                .bind(f -> f.supervisor, (f, v) -> f.supervisor = v);
        binder.forField(email).bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(active).bind(f -> f.active, (f, v) -> f.active = v);
        jabatanType.addValueChangeListener(e -> binder.validate());
    }

    private ValidationResult validateNip(String value, com.vaadin.flow.data.binder.ValueContext context) {
        if (value == null || value.isBlank() || employmentType.getValue() == null) {
            return ValidationResult.ok();
        }
        List<NipViolation> violations = NipValidator.validate(value.strip(), employmentType.getValue(),
                organisation.today());
        if (violations.isEmpty()) {
            return ValidationResult.ok();
        }
        NipViolation first = violations.get(0);
        return ValidationResult.error(getTranslation(first.rule().messageKey(), first.args().toArray()));
    }

    void save() {
        if (!binder.writeBeanIfValid(form)) {
            Notifications.error(getTranslation("form.fixErrors"));
            return;
        }
        EmployeeData data = new EmployeeData(original == null ? null : original.getId(),
                original == null ? 0 : original.getVersion(), form.nip, form.name, form.employmentType,
                form.golongan, form.unit == null ? null : form.unit.getCode(), form.positionTitle, form.jabatanType,
                form.supervisor == null ? null : form.supervisor.getNip(), form.email, form.active);
        try {
            Employee saved = organisation.save(data);
            Notifications.success(getTranslation("employee.saved", saved.getName()));
            close();
            onSaved.accept(saved);
        } catch (OrganisationException e) {
            showProblems(e.problems());
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("error.concurrentChange"));
        }
    }

    private void showProblems(List<Problem> problems) {
        StringBuilder unplaced = new StringBuilder();
        for (Problem p : problems) {
            String text = getTranslation(p.code(), p.args().toArray());
            HasValidation field = fieldsByName.get(p.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                unplaced.append(text).append(' ');
            }
        }
        Notifications.error(unplaced.isEmpty() ? getTranslation("form.fixErrors") : unplaced.toString().strip());
    }
}
