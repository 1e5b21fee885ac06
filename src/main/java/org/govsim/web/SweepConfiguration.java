package org.govsim.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.govsim.app.CaseLibrary;
import org.govsim.app.ExperimentService;
import org.govsim.app.SweepRuns;
import org.govsim.timeline.TimelineStore;

/** The sweeps the server runs, over the shipped library; closing the context stops them and deletes their files. */
@Configuration(proxyBeanMethods = false)
class SweepConfiguration {

    @Bean(destroyMethod = "close")
    SweepRuns sweepRuns(CaseLibrary library, ServeSettings settings, TimelineStore store) {
        // the shared store: a use case that closes it leaves it open, since the application owns its data source
        return new SweepRuns(library, new ExperimentService(settings.database(), () -> store));
    }
}
