/** The runtime group's kinds. */
export { EnvironmentConfig } from './environment-config.js';
export { EtcFileConfig } from './etc-file-config.js';
export { EventSinkConfig } from './event-sink-config.js';
export * from './extensions/index.js';
export { KernelModuleConfig } from './kernel-module-config.js';
export { KmsgLogConfig } from './kmsg-log-config.js';
export { OOMConfig } from './oom-config.js';
export { SecurityProfileConfig } from './security-profile-config.js';
export { SysctlConfig } from './sysctl-config.js';
export { SysfsConfig } from './sysfs-config.js';
export { UdevRulesConfig } from './udev-rules-config.js';
export { UnattendedInstallConfig } from './unattended-install-config.js';
export { WatchdogTimerConfig } from './watchdog-timer-config.js';
