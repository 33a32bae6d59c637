package id.kinerjaflow.calibration.ui;

import id.kinerjaflow.appraisal.AppraisalService;
import id.kinerjaflow.base.ui.TaskForm;
import id.kinerjaflow.calibration.CalibrationService;
import id.kinerjaflow.security.UserDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unit calibration's task forms: HR's unit rating and the board's calibration. */
@Configuration
class CalibrationTaskForms {

    @Bean
    TaskForm unitRatingForm(CalibrationService calibrations, AppraisalService appraisals) {
        return TaskForm.of(task -> new UnitRatingForm(calibrations, appraisals, task), "unit-rating");
    }

    @Bean
    TaskForm calibrationForm(CalibrationService calibrations, AppraisalService appraisals, UserDirectory users) {
        return TaskForm.of(task -> new CalibrationForm(calibrations, appraisals, users, task), "calibration");
    }
}
