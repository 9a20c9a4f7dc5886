package io.leadbridge.app.observe;

import io.leadbridge.core.port.CrmSink;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Wraps every bean declared as a plain {@link CrmSink} in a {@link MeteredCrmSink}, so that writes are counted
 * without the pipeline wiring knowing. Beans declared with a concrete sink type are left alone, as a caller may
 * inject that type.
 */
class CrmSinkMetering implements BeanPostProcessor, BeanFactoryAware {

    private ConfigurableListableBeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof CrmSink sink && !(bean instanceof MeteredCrmSink) && declaredAsCrmSink(beanName)) {
            return new MeteredCrmSink(sink, beanFactory.getBean(MeterRegistry.class));
        }
        return bean;
    }

    private boolean declaredAsCrmSink(String beanName) {
        if (!beanFactory.containsBeanDefinition(beanName)) {
            return false;
        }
        return beanFactory.getMergedBeanDefinition(beanName) instanceof RootBeanDefinition definition
                && definition.getResolvableType().resolve() == CrmSink.class;
    }
}
