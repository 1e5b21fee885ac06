package org.govsim.web;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import org.govsim.app.CaseLibrary;
import org.govsim.app.TimelineService;
import org.govsim.model.GovernanceModel;
import org.govsim.timeline.Codec;
import org.govsim.timeline.DatabaseHold;
import org.govsim.timeline.Schema;
import org.govsim.timeline.TimelineStore;

/**
 * The store and the services over Boot's data source: the same store, serializer and schema as the command line's, so
 * a timeline written by either is read by the other.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /** The data source opens only once this process holds the database, and closes before it lets go. */
    @Bean
    static BeanFactoryPostProcessor dataSourceWaitsForTheHold() {
        return factory -> {
            if (factory.containsBeanDefinition("dataSource")) {
                factory.getBeanDefinition("dataSource").setDependsOn("databaseHold");
            }
        };
    }

    @Bean(destroyMethod = "close")
    DatabaseHold databaseHold(ServeSettings settings) {
        return DatabaseHold.take(settings.database());
    }

    /** Boot's Flyway migrates through the store's own path: serialised across processes, and only when behind. */
    @Bean
    FlywayMigrationStrategy migrationsOnce(ServeSettings settings) {
        return flyway -> Schema.migrate(settings.database(), flyway.getConfiguration().getDataSource(), flyway::migrate);
    }

    @Bean(destroyMethod = "close")
    @DependsOn("flywayInitializer")
    TimelineStore timelineStore(ServeSettings settings, DataSource dataSource) {
        return TimelineStore.over(settings.database(), dataSource, GovernanceModel.standard());
    }

    @Bean
    TimelineService timelineService(TimelineStore store) {
        return new TimelineService(store);
    }

    @Bean
    org.govsim.app.PlayService playService(TimelineStore store) {
        return new org.govsim.app.PlayService(store);
    }

    @Bean
    org.govsim.app.ClassService classService(TimelineStore store, org.govsim.app.PlayService plays) {
        return new org.govsim.app.ClassService(store, plays);
    }

    @Bean
    CaseLibrary caseLibrary(ServeSettings settings) {
        return settings.library();
    }

    /** The command line's JSON: one mapper for the stored events and every result. */
    @Bean
    @Primary
    ObjectMapper objectMapper() {
        // a problem's own fields at the top level of its JSON, as RFC 9457 has them
        return Codec.mapper().copy().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }

    /** Spring's JSON converter over the same mapper, with the answers that never change encoded once. */
    @Bean
    MappingJackson2HttpMessageConverter jsonConverter(ObjectMapper mapper) {
        return new EncodedOnce(mapper);
    }
}
